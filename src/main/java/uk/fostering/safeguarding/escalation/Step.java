package uk.fostering.safeguarding.escalation;

import java.util.Arrays;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.NotifiableProcess;

/** The human steps whose response windows are configured, named after their BPMN tasks. */
public enum Step {
    RECORD_CONCERN(Ids.RECORD_CONCERN, "Record the concern"),
    ADVISE_CARER(Ids.ADVISE_CARER, "Advise the carer"),
    DECIDE_NEXT_STEPS(Ids.DECIDE_NEXT_STEPS, "Acknowledge and decide next steps"),
    TALK_WITH_CHILD(Ids.TALK_WITH_CHILD, "Talk with the child as advised"),
    SHARE_DECISION_AND_CLOSE(Ids.SHARE_DECISION_AND_CLOSE, "Share the decision and close"),
    REPORT_TO_POLICE(MissingProcess.Ids.REPORT_TO_POLICE, "Report the missing child to the police"),
    HOLD_STRATEGY_DISCUSSION(MissingProcess.Ids.HOLD_STRATEGY_DISCUSSION, "Hold a strategy discussion"),
    RETURN_INTERVIEW(MissingProcess.Ids.RETURN_INTERVIEW, "Hold the return interview"),
    REVIEW_RISK_AFTER_RETURN(MissingProcess.Ids.REVIEW_RISK_AFTER_RETURN, "Review the risk after the return"),
    NOTIFY_OFSTED(NotifiableProcess.Ids.NOTIFY_OFSTED, "Notify Ofsted"),
    NOTIFY_PLACING_AUTHORITY(NotifiableProcess.Ids.NOTIFY_PLACING_AUTHORITY, "Notify the placing authority");

    private final String taskId;
    private final String label;

    Step(String taskId, String label) {
        this.taskId = taskId;
        this.label = label;
    }

    public String taskId() {
        return taskId;
    }

    /** The step's name as people see it in Tasklist. */
    public String label() {
        return label;
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
