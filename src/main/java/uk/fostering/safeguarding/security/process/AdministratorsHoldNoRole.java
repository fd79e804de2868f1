package uk.fostering.safeguarding.security.process;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.security.AdministratorRule;
import uk.fostering.safeguarding.shared.StartupStep;

/**
 * Start-up refuses a database in which an administrator already holds a role that sees concerns
 * (made before the rule, or written to the database directly): nobody should find out later. Runs
 * after the groups and the demo people exist.
 */
@Component
@Order(3)
public class AdministratorsHoldNoRole implements StartupStep {

    private final Identities identities;

    AdministratorsHoldNoRole(Identities identities) {
        this.identities = identities;
    }

    @Override
    public void run() {
        List<String> both = identities.administrators().stream()
                .filter(admin -> AdministratorRule.holdsContentRole(identities.groupsOf(admin))).sorted().toList();
        if (!both.isEmpty()) {
            throw new IllegalStateException("Administrators who also hold a role that sees concerns: "
                    + String.join(", ", both) + ". Delete those memberships (table ACT_ID_MEMBERSHIP) before starting "
                    + "and give each person separate logins: README \"Administrators\".");
        }
    }
}
