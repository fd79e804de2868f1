package uk.fostering.safeguarding.security;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the first administrator must come from the environment, and never with a password
 * anyone could guess from the demo: start-up stops with a message that says what to set. It is an
 * engine plugin so that it runs before the engine (and the Camunda starter's admin user) is created.
 */
@Component
@Profile("prod")
class ProductionGuard extends AbstractProcessEnginePlugin {

    /** Every demo login's password is its user id; these and a few obvious ones are refused. */
    private static final Set<String> KNOWN_PASSWORDS = Set.of("admin", "demo", "password", "carol", "frank", "sam",
            "sunita", "sophie", "leon", "mark", "rachel", "eddie", "ivan");

    private final String adminUser;
    private final String adminPassword;

    ProductionGuard(@Value("${SAFEGUARDING_ADMIN_USER:}") String adminUser,
            @Value("${SAFEGUARDING_ADMIN_PASSWORD:}") String adminPassword) {
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
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
