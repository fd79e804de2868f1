package uk.fostering.safeguarding.notifiable.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.notifiable.NotifiableEvent;
import uk.fostering.safeguarding.notifiable.NotificationWorkflow;
import uk.fostering.safeguarding.process.AsSystem;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.NotifiableProcess;
import uk.fostering.safeguarding.process.NotifiableProcess.CodeVars;
import uk.fostering.safeguarding.process.NotifiableProcess.Vars;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * Starts an event's notification steps as the system: whoever caused the event (a carer raising a concern, the
 * duty team reporting a child missing) has no right to start this process, and needs none.
 */
@Component
class CamundaNotificationWorkflow implements NotificationWorkflow {

    private final RuntimeService runtimeService;
    private final AsSystem asSystem;

    CamundaNotificationWorkflow(RuntimeService runtimeService, AsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
    }

    @Override
    public void start(NotifiableEvent event, RiskLevel riskLevel, String registeredManagerId) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(ConcernProcess.Vars.REFERENCE.name(), event.getConcernReference());
        vars.put(ConcernProcess.Vars.CHILD_ID.name(), event.getChildId());
        vars.put(ConcernProcess.Vars.RISK_LEVEL.name(), riskLevel.name());
        vars.put(ConcernProcess.Vars.URGENT.name(), riskLevel == RiskLevel.CRITICAL);
        vars.put(CodeVars.EVENT_ID.name(), event.getId());
        vars.put(Vars.EVENT_NAME.name(), event.getKind().label());
        vars.put(Vars.REGISTERED_MANAGER_ID.name(), registeredManagerId);
        asSystem.run(() -> runtimeService.startProcessInstanceByKey(NotifiableProcess.KEY, event.getConcernReference(),
                vars));
    }
}
