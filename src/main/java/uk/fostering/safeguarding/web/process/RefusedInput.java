package uk.fostering.safeguarding.web.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.shared.InvalidInputException;

/**
 * Tells the web layer that an engine call failed because the service refused what a person submitted: the
 * {@link InvalidInputException} thrown by a listener (ConcernIntake, TaskOutcomeRecorder, the missing
 * episode's recorders) while a form was submitted through Camunda's REST API. That API answers it as a 500
 * whose text is the engine's; with this signal the web layer answers 400 from the exception itself, not from
 * that text. The signal is kept only while the web layer {@link #watch watches} the request's thread.
 */
@Component
public class RefusedInput extends AbstractProcessEnginePlugin {

    private static final ThreadLocal<InvalidInputException[]> WATCHED = new ThreadLocal<>();

    /** Starts keeping the refusal of any engine call on this thread. */
    public static void watch() {
        WATCHED.set(new InvalidInputException[1]);
    }

    /** Stops keeping, and answers what an engine call on this thread refused since {@link #watch}. */
    public static Optional<InvalidInputException> stopWatching() {
        InvalidInputException[] seen = WATCHED.get();
        WATCHED.remove();
        return seen == null ? Optional.empty() : Optional.ofNullable(seen[0]);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // first of the custom interceptors: it sees the failure after the engine has rolled back
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new Watcher());
    }

    private static final class Watcher extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                InvalidInputException[] seen = WATCHED.get();
                if (seen != null) {
                    causes(failure).stream().filter(InvalidInputException.class::isInstance).findFirst()
                            .ifPresent(refused -> seen[0] = (InvalidInputException) refused);
                }
                throw failure;
            }
        }
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
