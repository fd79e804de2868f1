package uk.fostering.safeguarding.reallocation.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.security.ConcernGrants;

/**
 * Both carers of a household look after the child: a step the models offer to the concern's carer is offered to the
 * other approved carer of that household too, who may then see the concern, as the first one does. Either may claim
 * and work it. A concern a respite carer raised (worked by the respite household) is also shown to the child's own
 * carers.
 */
@Component
class JointCarers {

    private final Registry registry;
    private final ConcernGrants grants;
    private final Clock clock;

    JointCarers(Registry registry, ConcernGrants grants, Clock clock) {
        this.registry = registry;
        this.grants = grants;
        this.clock = clock;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        if (task.getExecution() == null || !task.getExecution().hasVariable(Vars.CARER_ID.name())) {
            return; // a task of no concern
        }
        String carer = Vars.CARER_ID.get(task.getExecution());
        boolean carersStep = carer != null && task.getCandidates().stream().anyMatch(link ->
                IdentityLinkType.CANDIDATE.equals(link.getType()) && carer.equals(link.getUserId()));
        if (!carersStep) {
            return;
        }
        String concern = concernOf(task.getExecution());
        for (String other : registry.jointCarersOf(carer)) {
            task.addCandidateUser(other);
            grants.grantReader(task.getProcessInstanceId(), other);
            grants.grantReader(concern, other);
        }
        String child = Vars.CHILD_ID.get(task.getExecution());
        Object raisedBy = task.getExecution().getVariable(Vars.RAISED_BY.name());
        if (raisedBy instanceof String by && registry.routedPeople(child, by).respite()) {
            // raised during a short break, worked by the respite household: the child's own carers know of it too
            registry.carersOn(child, LocalDate.now(clock)).forEach(own -> grants.grantReader(concern, own));
        }
    }

    /** The concern's own process instance: the episode's caller, or the task's process when it is the concern's. */
    private static String concernOf(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        while (instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        return instance.getProcessInstanceId();
    }
}
