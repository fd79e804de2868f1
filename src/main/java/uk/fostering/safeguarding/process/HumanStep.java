package uk.fostering.safeguarding.process;

import java.util.Arrays;
import java.util.Locale;

/**
 * The human steps of the models, named after their BPMN user tasks, with the words people see for each (the
 * start of the task's name in Tasklist). Escalation, the dashboard and the emails all say a step this way.
 */
public enum HumanStep {
    RECORD_CONCERN(ConcernProcess.Ids.RECORD_CONCERN, "Record the concern"),
    ADVISE_CARER(ConcernProcess.Ids.ADVISE_CARER, "Advise the carer"),
    DECIDE_NEXT_STEPS(ConcernProcess.Ids.DECIDE_NEXT_STEPS, "Acknowledge and decide next steps"),
    TALK_WITH_CHILD(ConcernProcess.Ids.TALK_WITH_CHILD, "Talk with the child as advised"),
    SHARE_DECISION_AND_CLOSE(ConcernProcess.Ids.SHARE_DECISION_AND_CLOSE, "Share the decision and close"),
    REPORT_TO_POLICE(MissingProcess.Ids.REPORT_TO_POLICE, "Report the missing child to the police"),
    HOLD_STRATEGY_DISCUSSION(MissingProcess.Ids.HOLD_STRATEGY_DISCUSSION, "Hold a strategy discussion"),
    RETURN_INTERVIEW(MissingProcess.Ids.RETURN_INTERVIEW, "Hold the return interview"),
    REVIEW_RISK_AFTER_RETURN(MissingProcess.Ids.REVIEW_RISK_AFTER_RETURN, "Review the risk after the return"),
    NOTIFY_OFSTED(NotifiableProcess.Ids.NOTIFY_OFSTED, "Notify Ofsted"),
    NOTIFY_PLACING_AUTHORITY(NotifiableProcess.Ids.NOTIFY_PLACING_AUTHORITY, "Notify the placing authority"),
    HAND_OVER_TO_SOCIAL_WORKER(MissingProcess.Ids.HAND_OVER_TO_SOCIAL_WORKER, "Hand over to the child's social worker"),
    ARRANGE_RETURN_INTERVIEW(MissingProcess.Ids.ARRANGE_RETURN_INTERVIEW, "Arrange an independent return interview"),
    CONVENE_STRATEGY_DISCUSSION(ConcernProcess.Ids.CONVENE_STRATEGY_DISCUSSION, "Convene a strategy discussion"),
    REFER_TO_POLICE(ConcernProcess.Ids.REFER_TO_POLICE, "Refer the concern to the police"),
    ASSESS_EXPLOITATION_RISK(ConcernProcess.Ids.ASSESS_EXPLOITATION_RISK, "Assess the risk of exploitation"),
    REVIEW_MONITORING(ConcernProcess.Ids.REVIEW_MONITORING, "Review the monitoring"),
    SIGN_OFF_CLOSURE(ConcernProcess.Ids.SIGN_OFF_CLOSURE, "Sign off the closing"),
    REFER_TO_LADO(AllegationProcess.Ids.REFER_TO_LADO, "Refer to the designated officer (LADO)"),
    ACKNOWLEDGE_URGENT_CONCERN(ConcernProcess.Ids.ACKNOWLEDGE_URGENT_CONCERN, "Acknowledge the urgent concern");

    private final String taskId;
    private final String label;

    HumanStep(String taskId, String label) {
        this.taskId = taskId;
        this.label = label;
    }

    /** The BPMN user task's id. */
    public String taskId() {
        return taskId;
    }

    /** The step's name as people see it in Tasklist. */
    public String label() {
        return label;
    }

    /** The step's name in lower case with hyphens, for templates that say something particular about it. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static boolean isHumanStep(String taskId) {
        return Arrays.stream(values()).anyMatch(s -> s.taskId.equals(taskId));
    }

    /** @throws IllegalArgumentException for a task that is not a human step of the models */
    public static HumanStep ofTask(String taskId) {
        return Arrays.stream(values()).filter(s -> s.taskId.equals(taskId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No human step for task " + taskId));
    }
}
