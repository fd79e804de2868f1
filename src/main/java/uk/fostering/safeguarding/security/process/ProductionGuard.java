package uk.fostering.safeguarding.security.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.security.FirstAdministrator;

/**
 * Production's start-up stops unless the first administrator comes from the environment with a password
 * nobody could guess ({@link FirstAdministrator}). An engine plugin (Camunda's plugin API lives in its
 * {@code impl.cfg} package, hence here) so that it runs before the engine, and the Camunda starter's admin
 * user, is created.
 */
@Component
@Profile("prod")
class ProductionGuard extends AbstractProcessEnginePlugin {

    private final String adminUser;
    private final String adminPassword;

    ProductionGuard(@Value("${SAFEGUARDING_ADMIN_USER:}") String adminUser,
            @Value("${SAFEGUARDING_ADMIN_PASSWORD:}") String adminPassword) {
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        FirstAdministrator.check(adminUser, adminPassword);
    }
}
