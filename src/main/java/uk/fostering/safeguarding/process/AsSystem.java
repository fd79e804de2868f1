package uk.fostering.safeguarding.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Engine work that the service does for itself, not for the signed-in person: reading a concern's
 * open tasks once the engine has said the caller may see the concern, correlating a message the
 * service's own rules allow, writing grants. It runs in one engine command with authorization checks
 * off (as delegates and the job executor already do), so it neither fails for lack of a grant nor
 * hits the query size cap meant for people's own queries. The signed-in user stays set, so
 * Camunda's operation log still names them.
 */
@Component
public class AsSystem {

    private final CommandExecutor commands;

    public AsSystem(ProcessEngine engine) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    public <T> T call(Supplier<T> work) {
        return commands.execute(context -> context.runWithoutAuthorization(work::get));
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
