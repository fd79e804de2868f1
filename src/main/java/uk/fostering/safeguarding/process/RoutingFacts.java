package uk.fostering.safeguarding.process;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.shared.InvalidInputException;

/**
 * The facts a process routes on (who a step is offered to, the risk level, references, flags) are the
 * service's, never a person's: a completion that sends any of them is refused, whatever door it came
 * through. The engine has already applied a completion's variables when the complete listener runs but
 * writes them only when the command ends, so the values stored in its table are still those from
 * before the completion; each routing fact must be as stored.
 */
@Component
public class RoutingFacts {

    static final Set<String> NAMES = Stream.of(Vars.REFERENCE, Vars.CHILD_ID, Vars.CARER_ID, Vars.SSW_ID,
            Vars.SOCIAL_WORKER_ID, Vars.RAISED_BY, Vars.CATEGORY, Vars.IMMEDIATE_DANGER, Vars.CHILD_MISSING,
            Vars.CHILD_AGE, Vars.INDICATOR_COUNT, Vars.SERIOUS_INDICATOR, Vars.RISK_LEVEL, Vars.URGENT,
            Vars.MAY_TALK_WITH_CHILD, MissingProcess.CodeVars.EPISODE_NUMBER, MissingProcess.Vars.MISSING_SINCE,
            MissingProcess.Vars.RETURNED_AT, MissingProcess.Vars.REPEATEDLY_MISSING, MissingProcess.Vars.MANAGER_ID,
            NotifiableProcess.CodeVars.EVENT_ID, NotifiableProcess.Vars.EVENT_NAME, NotifiableProcess.Vars.REGISTERED_MANAGER_ID,
            MissingProcess.Vars.INTERVIEWER_ID,
            Vars.FOLLOW_UP, Vars.ASSESSMENT_DUE_AT, Vars.REVIEW_AT, Vars.KEEP_MONITORING, Vars.CLOSING_SIGNED_OFF,
            AllegationProcess.Vars.DESIGNATED_OFFICER)
            .map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());

    private final JdbcTemplate jdbc;

    RoutingFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses the completion (nothing is stored) if it changed or added a routing fact of the task's process. */
    public void requireUnchanged(DelegateTask task) {
        if (task.getExecution() == null) {
            // completed at the same moment on another node, which removed the task's execution first: a conflict
            // like any other lost race (409), not a failure of the service
            throw new OptimisticLockingException("Task " + task.getId() + " was completed at the same time elsewhere");
        }
        Map<String, Object> stored = new HashMap<>();
        jdbc.query("select NAME_, TYPE_, TEXT_, LONG_, DOUBLE_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ? "
                + "and EXECUTION_ID_ = PROC_INST_ID_ and TASK_ID_ is null", row -> {
                    if (NAMES.contains(row.getString(1))) {
                        stored.put(row.getString(1), value(row.getString(2), row.getString(3), row.getObject(4), row.getObject(5)));
                    }
                }, task.getProcessInstanceId());
        Map<String, Object> now = task.getExecution().getProcessInstance().getVariables();
        NAMES.stream().sorted()
                .filter(name -> stored.containsKey(name) != now.containsKey(name)
                        || !Objects.equals(stored.get(name), comparable(now.get(name))))
                .findFirst().ifPresent(name -> {
                    throw InvalidInputException.of(name, "is set by the service; a completion cannot change it");
                });
    }

    private static Object value(String type, String text, Object longValue, Object doubleValue) {
        return switch (type) {
            case "string" -> text;
            case "boolean" -> longValue == null ? null : ((Number) longValue).longValue() != 0;
            case "integer", "long", "short", "date" -> longValue == null ? null : ((Number) longValue).longValue();
            case "double" -> doubleValue == null ? null : ((Number) doubleValue).doubleValue();
            case "null" -> null;
            // a routing fact of any other type was not written by the service
            default -> List.of(type);
        };
    }

    private static Object comparable(Object value) {
        if (value instanceof Date date) {
            return date.getTime();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        return value;
    }
}
