package uk.fostering.safeguarding.notification;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;

/**
 * Whom a process's email goes to, as the BPMN's {@code recipient} input parameter names them (comma separated
 * for several). {@link #people} turns them into user ids from the process's people variables and the
 * {@link Directory}; it touches nothing else, so the rules are tested without the engine.
 */
public enum Recipient {
    SSW,
    SOCIAL_WORKER,
    CARER,
    /** The child's social worker in office hours; the emergency duty team when their office is closed. */
    SOCIAL_WORKER_OR_EDT,
    /** The SSW's manager, or the registered manager when the SSW has none. */
    MANAGER;

    /** What the rules need to know beyond the process: the working calendar and the registry of staff. */
    public interface Directory {

        boolean isOfficeHoursNow();

        List<String> emergencyDutyTeam();

        Optional<String> managerOf(String userId);

        Optional<String> registeredManager();
    }

    /** @throws IllegalArgumentException for a name that is not a recipient */
    public static List<Recipient> parse(String parameter) {
        return Arrays.stream(String.valueOf(parameter).split(",")).map(String::trim).map(name -> {
            try {
                return valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown recipient " + name);
            }
        }).toList();
    }

    /**
     * The user ids behind the recipients, in order and each once.
     *
     * @param variables the process's variables (its people: {@code carerId}, {@code sswId}, {@code socialWorkerId})
     * @throws IllegalStateException when a person the rule needs is not in the process, or nobody is left to
     *         email: a notice that reaches nobody must not pass as sent (the job fails and ends as an incident)
     */
    public static Set<String> people(String reference, List<Recipient> recipients, Function<String, Object> variables,
            Directory directory) {
        Set<String> people = new LinkedHashSet<>();
        for (Recipient recipient : recipients) {
            switch (recipient) {
                case SSW -> people.add(required(reference, variables, Vars.SSW_ID.name()));
                case SOCIAL_WORKER -> people.add(required(reference, variables, Vars.SOCIAL_WORKER_ID.name()));
                case CARER -> people.add(required(reference, variables, Vars.CARER_ID.name()));
                case SOCIAL_WORKER_OR_EDT -> {
                    if (directory.isOfficeHoursNow()) {
                        people.add(required(reference, variables, Vars.SOCIAL_WORKER_ID.name()));
                    } else {
                        people.addAll(directory.emergencyDutyTeam());
                    }
                }
                case MANAGER -> directory.managerOf(required(reference, variables, Vars.SSW_ID.name()))
                        .or(directory::registeredManager).ifPresent(people::add);
            }
        }
        if (people.isEmpty()) {
            throw new IllegalStateException("Concern " + reference + " has nobody to email for " + recipients.stream()
                    .map(Recipient::name).collect(Collectors.joining(",")));
        }
        return people;
    }

    private static String required(String reference, Function<String, Object> variables, String variable) {
        Object userId = variables.apply(variable);
        if (userId == null) {
            throw new IllegalStateException("Concern " + reference + " has no " + variable + " to email");
        }
        return userId.toString();
    }
}
