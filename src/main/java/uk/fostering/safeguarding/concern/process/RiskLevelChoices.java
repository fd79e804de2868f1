package uk.fostering.safeguarding.concern.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.ConcernQueries;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * The risk select of the steps that may raise the risk offers only the levels above the current one:
 * when such a task is created, the options go into a task-local variable that the form reads
 * ({@code valuesKey}). The concern record's level counts, not the process variable, which a missing
 * episode received when it was called and which may have been raised since. ConcernSteps.raiseRisk
 * still refuses a level that is not higher, for a form opened before another raise.
 */
@Component
class RiskLevelChoices {

    private static final Set<String> STEPS = Set.of(Ids.ADVISE_CARER, MissingProcess.Ids.REVIEW_RISK_AFTER_RETURN);

    private final ConcernQueries concerns;
    private final ObjectMapper json = new ObjectMapper();

    RiskLevelChoices(ConcernQueries concerns) {
        this.concerns = concerns;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        if (!STEPS.contains(task.getTaskDefinitionKey())) {
            return;
        }
        RiskLevel current = concerns.byReference(Vars.REFERENCE.get(task)).getRiskLevel();
        task.setVariableLocal(Vars.RISK_LEVELS_ABOVE.name(), SpinValues.jsonValue(options(above(current))).create());
    }

    /** Every level higher than {@code current}, lowest first; all of them when none is set yet. */
    static List<RiskLevel> above(RiskLevel current) {
        return Arrays.stream(RiskLevel.values()).filter(l -> current == null || l.compareTo(current) > 0).toList();
    }

    /** One option of a form-js select, as its {@code valuesKey} variable holds them. */
    private record Option(String label, String value) {
    }

    private String options(List<RiskLevel> levels) {
        try {
            return json.writeValueAsString(levels.stream().map(l -> new Option(l.label(), l.name())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the risk level options", e);
        }
    }
}
