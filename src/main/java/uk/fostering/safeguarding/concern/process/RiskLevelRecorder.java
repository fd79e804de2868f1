package uk.fostering.safeguarding.concern.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.concern.ConcernSteps;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.shared.RiskLevel;

/** Copies the risk decision's outcome into the concern record, where readers and the API find it. */
@Component(ConcernProcess.Beans.RISK_LEVEL_RECORDER)
class RiskLevelRecorder implements ExecutionListener {

    private final ConcernSteps concerns;

    RiskLevelRecorder(ConcernSteps concerns) {
        this.concerns = concerns;
    }

    @Override
    public void notify(DelegateExecution execution) {
        concerns.assessRisk(execution.getProcessBusinessKey(),
                RiskLevel.valueOf(Vars.RISK_LEVEL.get(execution)));
    }
}
