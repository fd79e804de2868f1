package uk.fostering.safeguarding.registry;

/** The Camunda groups of the contract: each person's role in the service. */
public final class Roles {

    public static final String CARERS = "foster-carers";
    public static final String SSWS = "supervising-social-workers";
    public static final String SOCIAL_WORKERS = "childrens-social-workers";
    public static final String MANAGERS = "fostering-managers";
    public static final String EMERGENCY_DUTY_TEAM = "emergency-duty-team";
    public static final String RETURN_INTERVIEWERS = "return-interviewers";
    public static final String ADMINS = "camunda-admin";

    private Roles() {
    }
}
