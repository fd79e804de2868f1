package uk.fostering.safeguarding.security;

import java.util.Set;

/**
 * In production the first administrator must come from the environment, and never with a password
 * anyone could guess from the demo. The check says what to set; the engine plugin that runs it before
 * the engine starts is {@code security.process.ProductionGuard}.
 */
public final class FirstAdministrator {

    /** Every demo login's password is its user id; these and a few obvious ones are refused. */
    private static final Set<String> KNOWN_PASSWORDS = Set.of("admin", "demo", "password", "carol", "frank", "sam",
            "sunita", "sophie", "leon", "mark", "rachel", "eddie", "ivan");

    private FirstAdministrator() {
    }

    /** Refuses a missing administrator or a guessable password, with a message naming what to set. */
    public static void check(String adminUser, String adminPassword) {
        if (adminUser.isBlank() || adminPassword.isBlank()) {
            throw new IllegalStateException("Profile 'prod' needs the first administrator: set SAFEGUARDING_ADMIN_USER "
                    + "and SAFEGUARDING_ADMIN_PASSWORD in the environment");
        }
        if (KNOWN_PASSWORDS.contains(adminPassword.toLowerCase()) || adminPassword.equalsIgnoreCase(adminUser)
                || adminPassword.length() < 12) {
            throw new IllegalStateException("SAFEGUARDING_ADMIN_PASSWORD is a demo or guessable password: "
                    + "use at least 12 characters that are not a user name");
        }
    }
}
