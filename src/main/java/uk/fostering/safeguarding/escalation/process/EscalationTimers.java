package uk.fostering.safeguarding.escalation.process;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.escalation.Step;

/** Moves the next tick of a task's escalation timer, through Camunda's public job API. */
@Component
class EscalationTimers {

    private final ManagementService managementService;

    EscalationTimers(ManagementService managementService) {
        this.managementService = managementService;
    }

    void moveNextTick(String processInstanceId, Step step, Date when) {
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(step.boundaryId()).timers().singleResult();
        if (timer != null) {
            managementService.setJobDuedate(timer.getId(), when);
        }
    }
}
