package uk.fostering.safeguarding.registry;

/**
 * The designated officer (LADO) of the authority that placed a child, as the registry holds them: whom allegations
 * about the child's carers are referred to. Email and phone may be unknown (null).
 */
public record DesignatedOfficer(String authority, String email, String phone) {

    /** In one line, for the step that refers to them. */
    public String contact() {
        StringBuilder line = new StringBuilder(authority);
        line.append(email == null ? ", email not recorded" : ", " + email);
        line.append(phone == null ? ", phone not recorded" : ", " + phone);
        return line.toString();
    }
}
