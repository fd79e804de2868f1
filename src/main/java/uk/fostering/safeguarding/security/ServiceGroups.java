package uk.fostering.safeguarding.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.security.process.IdentitySetup;
import uk.fostering.safeguarding.shared.StartupStep;

/** Creates the contract's groups and operations in every profile, once: roles exist before anyone is given one. */
@Component
@Order(1)
class ServiceGroups implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(ServiceGroups.class);

    private final IdentitySetup identities;

    ServiceGroups(IdentitySetup identities) {
        this.identities = identities;
    }

    @Override
    public void run() {
        Roles.NAMES.forEach((id, name) -> create(id, name, Roles.ADMINS.equals(id) ? "SYSTEM" : "WORKFLOW"));
        create(Roles.OPERATIONS, "Operations (metrics)", "SYSTEM");
    }

    private void create(String id, String name, String type) {
        if (identities.createGroup(id, name, type)) {
            log.info("Created group {}", id);
        }
    }
}
