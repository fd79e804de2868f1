package uk.fostering.safeguarding.escalation;

import uk.fostering.safeguarding.process.HumanStep;

/** The human steps whose response windows are configured: every {@link HumanStep}, with its escalation timer. */
public enum Step {
    RECORD_CONCERN(HumanStep.RECORD_CONCERN),
    ADVISE_CARER(HumanStep.ADVISE_CARER),
    DECIDE_NEXT_STEPS(HumanStep.DECIDE_NEXT_STEPS),
    TALK_WITH_CHILD(HumanStep.TALK_WITH_CHILD),
    SHARE_DECISION_AND_CLOSE(HumanStep.SHARE_DECISION_AND_CLOSE),
    REPORT_TO_POLICE(HumanStep.REPORT_TO_POLICE),
    HOLD_STRATEGY_DISCUSSION(HumanStep.HOLD_STRATEGY_DISCUSSION),
    RETURN_INTERVIEW(HumanStep.RETURN_INTERVIEW),
    REVIEW_RISK_AFTER_RETURN(HumanStep.REVIEW_RISK_AFTER_RETURN),
    NOTIFY_OFSTED(HumanStep.NOTIFY_OFSTED),
    NOTIFY_PLACING_AUTHORITY(HumanStep.NOTIFY_PLACING_AUTHORITY),
    HAND_OVER_TO_SOCIAL_WORKER(HumanStep.HAND_OVER_TO_SOCIAL_WORKER),
    ARRANGE_RETURN_INTERVIEW(HumanStep.ARRANGE_RETURN_INTERVIEW),
    CONVENE_STRATEGY_DISCUSSION(HumanStep.CONVENE_STRATEGY_DISCUSSION),
    REFER_TO_POLICE(HumanStep.REFER_TO_POLICE),
    ASSESS_EXPLOITATION_RISK(HumanStep.ASSESS_EXPLOITATION_RISK),
    REVIEW_MONITORING(HumanStep.REVIEW_MONITORING),
    SIGN_OFF_CLOSURE(HumanStep.SIGN_OFF_CLOSURE),
    REFER_TO_LADO(HumanStep.REFER_TO_LADO),
    ACKNOWLEDGE_URGENT_CONCERN(HumanStep.ACKNOWLEDGE_URGENT_CONCERN);

    private final HumanStep step;

    Step(HumanStep step) {
        this.step = step;
    }

    public String taskId() {
        return step.taskId();
    }

    /** The step's name as people see it in Tasklist. */
    public String label() {
        return step.label();
    }

    /** The non-interrupting timer on the task that ticks its escalation. */
    public String boundaryId() {
        return "BoundaryEvent_" + taskId().substring("Task_".length()) + "Escalation";
    }

    public static boolean isEscalated(String taskId) {
        return HumanStep.isHumanStep(taskId);
    }

    public static Step ofTask(String taskId) {
        return valueOf(HumanStep.ofTask(taskId).name());
    }
}
