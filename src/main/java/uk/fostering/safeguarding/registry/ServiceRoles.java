package uk.fostering.safeguarding.registry;

/** The service-wide roles held by one person each (table {@code service_role}). */
public final class ServiceRoles {

    /** The top of every escalation: Ofsted's registered manager of the fostering service. */
    public static final String REGISTERED_MANAGER = "REGISTERED_MANAGER";

    private ServiceRoles() {
    }
}
