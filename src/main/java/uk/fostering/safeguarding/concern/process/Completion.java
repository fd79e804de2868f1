package uk.fostering.safeguarding.concern.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.process.FormValues;
import uk.fostering.safeguarding.process.RoutingFacts;

/**
 * A step of a concern being completed, as its recorder reads it: the concern, who completed it and the form's
 * values, once it is sure the completion changed no routing fact (who the next step goes to, the risk: the
 * service's, never a person's).
 */
record Completion(String reference, String by, FormValues form) {

    static Completion of(DelegateTask task, RoutingFacts routingFacts, CurrentCaller currentCaller) {
        routingFacts.requireUnchanged(task);
        return new Completion(Vars.REFERENCE.get(task), currentCaller.current().map(c -> c.userId()).orElse(task.getAssignee()),
                new FormValues(task));
    }
}
