package uk.fostering.safeguarding.chronology;

/** Entries of a concern's chronology, each with the words the concern page shows for it. */
public enum ConcernEventType {
    RAISED("Concern raised"),
    RISK_ASSESSED("Risk level assessed"),
    RISK_RAISED("Risk level raised"),
    RECORDED("Carer's record written"),
    ACKNOWLEDGED("Step acknowledged"),
    ADVISED("Advice given to the carer"),
    SOCIAL_WORKER_NOTIFIED("Child's social worker told"),
    DECIDED("Next steps decided"),
    TALKED_WITH_CHILD("Carer talked with the child"),
    ESCALATED("Escalated"),
    CLOSED("Concern closed"),
    MISSING_REPORTED("Reported missing"),
    REPORTED_TO_POLICE("Reported to the police"),
    STRATEGY_DISCUSSED("Strategy discussion held"),
    RETURNED("Back from missing"),
    RETURN_INTERVIEW_DONE("Return interview held"),
    RISK_REVIEWED("Risk reviewed after the return"),
    REPEATEDLY_MISSING("Missing again and again"),
    NOTIFIABLE_EVENT_REGISTERED("Notifiable event entered in the register"),
    OFSTED_NOTIFIED("Ofsted notified"),
    PLACING_AUTHORITY_NOTIFIED("Placing authority notified"),
    /** About the child rather than the concern: recorded on the child's open concern, or their latest. */
    MISSING_PROFILE_CHANGED("Missing-person profile changed"),
    HANDED_OVER("Handed over to the child's social worker"),
    RETURN_INTERVIEW_ARRANGED("Return interview arranged"),
    ABSENCE_RECORDED("Absent: whereabouts known"),
    BACK_FROM_ABSENCE("Back from an absence"),
    ABSENCE_BECAME_MISSING("Absence became missing"),
    REFERRED_TO_POLICE("Referred to the police"),
    EXPLOITATION_RISK_ASSESSED("Exploitation risk assessed"),
    MONITORING_REVIEWED("Monitoring reviewed"),
    CLOSING_SIGNED_OFF("Closing signed off by a manager"),
    CLOSING_SENT_BACK("Closing sent back by a manager"),
    ABOUT_HOUSEHOLD("About the carer's household: the carer no longer sees it"),
    REFERRED_TO_LADO("Referred to the designated officer (LADO), advice recorded"),
    CARER_MAY_SEE("A manager let the carer see the concern again"),
    URGENT_ACKNOWLEDGED("Urgent concern acknowledged"),
    /** The registry changed who looks after the child (a placement, an SSW, a social worker, someone who left). */
    PEOPLE_CHANGED("People looking after the child changed");

    private final String label;

    ConcernEventType(String label) {
        this.label = label;
    }

    /** The words people read on pages. */
    public String label() {
        return label;
    }
}
