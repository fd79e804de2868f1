package uk.fostering.safeguarding.missing.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * A raised risk level must shorten the deadlines of the steps still to come in the episode and in
 * the concern that called it, so it is set in both processes.
 */
final class ConcernRiskLevel {

    static void set(DelegateExecution execution, RiskLevel level) {
        DelegateExecution episode = execution.getProcessInstance();
        episode.setVariable(Vars.RISK_LEVEL, level.name());
        if (episode.getSuperExecution() != null) {
            episode.getSuperExecution().setVariable(Vars.RISK_LEVEL, level.name());
        }
    }

    private ConcernRiskLevel() {
    }
}
