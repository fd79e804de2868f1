package uk.fostering.safeguarding.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.registry.Roles;

/** Creates the demo logins when demo mode is on; a restart creates no duplicates. */
@Component
@Order(2)
@ConditionalOnProperty(name = "safeguarding.demo.enabled", havingValue = "true")
class DemoPeopleLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeopleLoader.class);

    private final IdentityService identityService;
    private final DemoPeople demo;

    DemoPeopleLoader(IdentityService identityService, DemoPeople demo) {
        this.identityService = identityService;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoPeople.Person person : demo.people()) {
            if (identityService.createUserQuery().userId(person.id()).count() == 0) {
                User user = identityService.newUser(person.id());
                user.setFirstName(person.firstName());
                user.setLastName(person.lastName());
                user.setEmail(person.email());
                user.setPassword(person.id());
                identityService.saveUser(user);
                identityService.createMembership(person.id(), person.group());
            }
            // the demo's administrator also reads the metrics; operations is no content group (README "Monitoring")
            if (Roles.ADMINS.equals(person.group()) && identityService.createUserQuery().userId(person.id())
                    .memberOfGroup(Roles.OPERATIONS).count() == 0) {
                identityService.createMembership(person.id(), Roles.OPERATIONS);
            }
        }
        log.warn("DEMO LOGINS ARE ACTIVE: {} demo people whose password equals their user id. "
                + "Never use this profile with real children's data; run with the 'prod' profile instead.",
                demo.people().size());
    }
}
