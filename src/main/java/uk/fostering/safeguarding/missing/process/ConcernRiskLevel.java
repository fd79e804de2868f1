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
        Vars.RISK_LEVEL.set(episode, level.name());
        if (episode.getSuperExecution() != null) {
            Vars.RISK_LEVEL.set(episode.getSuperExecution(), level.name());
        }
    }

    private ConcernRiskLevel() {
    }
}
