package uk.fostering.safeguarding.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.security.process.IdentitySetup;
import uk.fostering.safeguarding.shared.StartupStep;

/** Creates the demo logins when demo mode is on; a restart creates no duplicates. */
@Component
@Order(2)
@ConditionalOnProperty(name = "safeguarding.demo.enabled", havingValue = "true")
class DemoPeopleLoader implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DemoPeopleLoader.class);

    private final IdentitySetup identities;
    private final DemoPeople demo;

    DemoPeopleLoader(IdentitySetup identities, DemoPeople demo) {
        this.identities = identities;
        this.demo = demo;
    }

    @Override
    public void run() {
        for (DemoPeople.Person person : demo.people()) {
            // a person already there keeps the groups an administrator gave them since
            if (identities.createUser(person.id(), person.firstName(), person.lastName(), person.email(), person.id())) {
                identities.addMembership(person.id(), person.group());
            }
            // the demo's administrator also reads the metrics; operations is no content group (README "Monitoring")
            if (Roles.ADMINS.equals(person.group())) {
                identities.addMembership(person.id(), Roles.OPERATIONS);
            }
        }
        log.warn("DEMO LOGINS ARE ACTIVE: {} demo people whose password equals their user id. "
                + "Never use this profile with real children's data; run with the 'prod' profile instead.",
                demo.people().size());
    }
}
