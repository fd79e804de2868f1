package uk.fostering.safeguarding.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import uk.fostering.safeguarding.process.ConcernProcess.Inputs;

/**
 * The beans a model of recorded steps calls (its recorder, the escalation tick, the deadlines and the emails),
 * stubbed for a process test: each call is written down, in order, for the test to read.
 */
final class RecordingStepBeans {

    /** The steps escalated, by id. */
    final List<String> escalations = new ArrayList<>();
    /** The steps recorded, by task definition key. */
    final List<String> recorded = new ArrayList<>();
    /** The emails sent, as {@link ConcernProcessTest#emailOf} writes them. */
    final List<String> emails = new ArrayList<>();

    /**
     * Registers the stubs: the recorder under {@code recorderBean} takes the step's form fields off the process, as
     * the real one does once it has stored them.
     */
    void register(String recorderBean, Collection<String> formFields, Object deadlines) {
        Mocks.register(recorderBean, (TaskListener) task -> {
            recorded.add(task.getTaskDefinitionKey());
            task.getExecution().removeVariables(formFields);
        });
        Mocks.register(ConcernProcess.Beans.ESCALATE_TASK,
                (JavaDelegate) execution -> escalations.add(Inputs.STEP.get(execution)));
        Mocks.register(ConcernProcess.Beans.DEADLINES, deadlines);
        Mocks.register(ConcernProcess.Beans.NOTIFY_BY_EMAIL,
                (JavaDelegate) execution -> emails.add(ConcernProcessTest.emailOf(execution)));
    }
}
