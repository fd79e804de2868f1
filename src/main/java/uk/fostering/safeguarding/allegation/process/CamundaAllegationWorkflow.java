package uk.fostering.safeguarding.allegation.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.allegation.AllegationWorkflow;
import uk.fostering.safeguarding.process.AllegationProcess;
import uk.fostering.safeguarding.process.AsSystem;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.NotifiableProcess;
import uk.fostering.safeguarding.registry.DesignatedOfficer;
import uk.fostering.safeguarding.security.ConcernGrants;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * The engine side of an allegation, run as the system: whoever marked the concern may not change its variables,
 * move its tasks or take grants away, and needs not. A concern's people live in the variables of its own process
 * and of each missing episode (copied in when the episode starts), so both are changed.
 */
@Component
class CamundaAllegationWorkflow implements AllegationWorkflow {

    private static final List<String> CONCERN_AND_EPISODES = List.of(ConcernProcess.KEY, MissingProcess.KEY);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final StepsAwayFromTheHousehold steps;
    private final ConcernGrants grants;
    private final AsSystem asSystem;

    CamundaAllegationWorkflow(RuntimeService runtimeService, HistoryService historyService,
            StepsAwayFromTheHousehold steps, ConcernGrants grants, AsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.steps = steps;
        this.grants = grants;
        this.asSystem = asSystem;
    }

    @Override
    public void keepAwayFrom(String reference, Collection<String> carers, String registeredManagerId,
            String socialWorkerId) {
        asSystem.run(() -> {
            Set<String> household = new LinkedHashSet<>(carers);
            Set<String> theirSteps = new LinkedHashSet<>(carers);
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(reference).list()) {
                Object carer = runtimeService.getVariable(instance.getId(), Vars.CARER_ID.name());
                if (carer == null) {
                    continue; // a notification or the referral itself: no people of the household
                }
                household.add(carer.toString());
                theirSteps.add(carer.toString());
                Object ssw = runtimeService.getVariable(instance.getId(), Vars.SSW_ID.name());
                if (ssw != null) {
                    theirSteps.add(ssw.toString());
                }
                // the steps still to open, and the emails and grants that read these, go to the registered manager
                runtimeService.setVariables(instance.getId(), Map.of(Vars.CARER_ID.name(), registeredManagerId,
                        Vars.SSW_ID.name(), registeredManagerId));
            }
            household.remove(registeredManagerId);
            theirSteps.remove(registeredManagerId);
            steps.move(reference, theirSteps, registeredManagerId, socialWorkerId);
            List<String> instances = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(reference).list().stream().map(HistoricProcessInstance::getId).toList();
            List<String> tasks = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
                    .list().stream().map(HistoricTaskInstance::getId).toList();
            household.forEach(carer -> grants.revokeReader(carer, instances, tasks));
        });
    }

    @Override
    public void startReferral(String reference, String childId, RiskLevel riskLevel, String registeredManagerId,
            DesignatedOfficer officer) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.REFERENCE.name(), reference);
        vars.put(Vars.CHILD_ID.name(), childId);
        vars.put(Vars.RISK_LEVEL.name(), riskLevel.name());
        vars.put(Vars.URGENT.name(), riskLevel == RiskLevel.CRITICAL);
        vars.put(NotifiableProcess.Vars.REGISTERED_MANAGER_ID.name(), registeredManagerId);
        vars.put(AllegationProcess.Vars.DESIGNATED_OFFICER.name(), officer == null
                ? "not in the registry: ask the placing authority for their designated officer" : officer.contact());
        asSystem.run(() -> runtimeService.startProcessInstanceByKey(AllegationProcess.KEY, reference, vars));
    }

    @Override
    public void letSee(String reference, Collection<String> carers) {
        asSystem.run(() -> historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .list().stream().filter(instance -> CONCERN_AND_EPISODES.contains(instance.getProcessDefinitionKey()))
                .forEach(instance -> carers.forEach(carer -> grants.grantReader(instance.getId(), carer))));
    }
}
