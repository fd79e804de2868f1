package uk.fostering.safeguarding.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Camunda groups of the contract: each person's role in the service. */
public final class Roles {

    public static final String CARERS = "foster-carers";
    public static final String SSWS = "supervising-social-workers";
    public static final String SOCIAL_WORKERS = "childrens-social-workers";
    public static final String MANAGERS = "fostering-managers";
    public static final String EMERGENCY_DUTY_TEAM = "emergency-duty-team";
    public static final String RETURN_INTERVIEWERS = "return-interviewers";
    public static final String ADMINS = "camunda-admin";
    /** Not a role of the contract and no content group: its members read the service's metrics (README "Monitoring"). */
    public static final String OPERATIONS = "operations";

    /** Each group's name in plain words, in the contract's order (Camunda's group names; the start page). */
    public static final Map<String, String> NAMES;

    static {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(CARERS, "Foster carers");
        names.put(SSWS, "Supervising social workers");
        names.put(SOCIAL_WORKERS, "Children's social workers");
        names.put(MANAGERS, "Fostering managers");
        names.put(EMERGENCY_DUTY_TEAM, "Emergency duty team");
        names.put(RETURN_INTERVIEWERS, "Return interviewers");
        names.put(ADMINS, "Administrators");
        NAMES = Collections.unmodifiableMap(names);
    }

    private Roles() {
    }
}
