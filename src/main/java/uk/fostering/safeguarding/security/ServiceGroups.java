package uk.fostering.safeguarding.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.registry.Roles;

/** Creates the contract's groups and operations in every profile, once: roles exist before anyone is given one. */
@Component
@Order(1)
class ServiceGroups implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceGroups.class);

    private final IdentityService identityService;

    ServiceGroups(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        Roles.NAMES.forEach((id, name) -> create(id, name, Roles.ADMINS.equals(id) ? "SYSTEM" : "WORKFLOW"));
        create(Roles.OPERATIONS, "Operations (metrics)", "SYSTEM");
    }

    private void create(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            log.info("Created group {}", id);
        }
    }
}
