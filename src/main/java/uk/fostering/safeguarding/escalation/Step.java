package uk.fostering.safeguarding.escalation;

import java.util.Arrays;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/** The human steps whose response windows are configured, named after their BPMN tasks. */
public enum Step {
    RECORD_CONCERN(Ids.RECORD_CONCERN),
    ADVISE_CARER(Ids.ADVISE_CARER),
    DECIDE_NEXT_STEPS(Ids.DECIDE_NEXT_STEPS),
    TALK_WITH_CHILD(Ids.TALK_WITH_CHILD),
    SHARE_DECISION_AND_CLOSE(Ids.SHARE_DECISION_AND_CLOSE);

    private final String taskId;

    Step(String taskId) {
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }

    /** The non-interrupting timer on the task that ticks its escalation. */
    public String boundaryId() {
        return "BoundaryEvent_" + taskId.substring("Task_".length()) + "Escalation";
    }

    public static boolean isEscalated(String taskId) {
        return Arrays.stream(values()).anyMatch(s -> s.taskId.equals(taskId));
    }

    public static Step ofTask(String taskId) {
        return Arrays.stream(values()).filter(s -> s.taskId.equals(taskId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No response window for task " + taskId));
    }
}
