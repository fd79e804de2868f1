package uk.fostering.safeguarding.security.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.process.AsSystem;

/**
 * Grants written twice for the same person, resource and id end as one row with every permission: in one
 * engine command (a concern's start and its first task, before anything is in the database), in one
 * transaction over several commands, and again later.
 */
@IntegrationTest
class GrantsTest {

    @Autowired
    Grants grants;

    @Autowired
    AsSystem asSystem;

    @Autowired
    AuthorizationService authorizations;

    TransactionTemplate transaction;

    @Autowired
    void transactions(PlatformTransactionManager transactionManager) {
        transaction = new TransactionTemplate(transactionManager);
    }

    @Test
    void twiceInOneCommandIsOneRowWithBothPermissionsAndStaysOneLater() {
        String instance = "grants-test-" + UUID.randomUUID();

        asSystem.run(() -> {
            grants.toUser("carol", Resources.PROCESS_INSTANCE, instance, Permissions.READ);
            grants.toUser("carol", Resources.PROCESS_INSTANCE, instance, Permissions.UPDATE);
        });
        assertOneRow("carol", instance, List.of(Permissions.READ, Permissions.UPDATE), Permissions.DELETE);

        grants.toUser("carol", Resources.PROCESS_INSTANCE, instance, Permissions.READ);
        grants.toUser("carol", Resources.PROCESS_INSTANCE, instance, Permissions.DELETE);
        assertOneRow("carol", instance, List.of(Permissions.READ, Permissions.UPDATE, Permissions.DELETE));
    }

    @Test
    void twiceInOneTransactionOfSeveralCommandsIsOneRow() {
        String instance = "grants-test-" + UUID.randomUUID();

        transaction.executeWithoutResult(status -> {
            grants.toUser("sam", Resources.PROCESS_INSTANCE, instance, Permissions.READ);
            grants.toUser("sam", Resources.PROCESS_INSTANCE, instance, Permissions.READ); // held: not asked again
            grants.toUser("sam", Resources.PROCESS_INSTANCE, instance, Permissions.UPDATE);
        });

        assertOneRow("sam", instance, List.of(Permissions.READ, Permissions.UPDATE), Permissions.DELETE);
    }

    @Test
    void severalPeopleAtOnceEachHoldOneRowWithWhatTheyHadBefore() {
        String instance = "grants-test-" + UUID.randomUUID();
        grants.toUser("sam", Resources.PROCESS_INSTANCE, instance, Permissions.READ);

        asSystem.run(() -> {
            grants.toUsers(List.of("carol", "sam", "carol"), Resources.PROCESS_INSTANCE, instance, Permissions.UPDATE);
            grants.toUsers(List.of("carol", "sophie"), Resources.PROCESS_INSTANCE, instance, Permissions.UPDATE);
        });

        assertOneRow("carol", instance, List.of(Permissions.UPDATE), Permissions.READ);
        assertOneRow("sam", instance, List.of(Permissions.READ, Permissions.UPDATE), Permissions.DELETE);
        assertOneRow("sophie", instance, List.of(Permissions.UPDATE), Permissions.READ);
    }

    /** The lookups a raise saves: one for several people, none for a grant this transaction already wrote. */
    @Test
    void severalPeopleAreLookedUpOnceAndAGrantHeldInTheTransactionNotAgain() {
        String instance = "grants-test-" + UUID.randomUUID();
        AtomicInteger lookups = new AtomicInteger();
        Grants counted = new Grants(countingLookups(lookups), asSystem);

        transaction.executeWithoutResult(status -> {
            counted.toUsers(List.of("carol", "sam", "sophie"), Resources.PROCESS_INSTANCE, instance, Permissions.READ);
            assertThat(lookups).as("one lookup for three people").hasValue(1);
            counted.toUser("sam", Resources.PROCESS_INSTANCE, instance, Permissions.READ);
            assertThat(lookups).as("held with that permission in this transaction").hasValue(1);
            counted.toUser("sam", Resources.PROCESS_INSTANCE, instance, Permissions.UPDATE);
            assertThat(lookups).as("a permission not yet held").hasValue(2);
        });

        assertOneRow("carol", instance, List.of(Permissions.READ), Permissions.UPDATE);
        assertOneRow("sam", instance, List.of(Permissions.READ, Permissions.UPDATE), Permissions.DELETE);
        assertOneRow("sophie", instance, List.of(Permissions.READ), Permissions.UPDATE);
    }

    /** The engine's own service, counting the queries of grants made through it. */
    private AuthorizationService countingLookups(AtomicInteger lookups) {
        return (AuthorizationService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AuthorizationService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createAuthorizationQuery")) {
                        lookups.incrementAndGet();
                    }
                    try {
                        return method.invoke(authorizations, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aTransactionRolledBackLeavesNoGrantAndNothingForTheNext() {
        String instance = "grants-test-" + UUID.randomUUID();

        transaction.executeWithoutResult(status -> {
            grants.toUser("sophie", Resources.PROCESS_INSTANCE, instance, Permissions.READ);
            status.setRollbackOnly();
        });
        assertThat(rows("sophie", instance)).isEmpty();

        // what the rolled-back transaction wrote is forgotten with it: this grant is written anew
        grants.toUser("sophie", Resources.PROCESS_INSTANCE, instance, Permissions.UPDATE);
        assertOneRow("sophie", instance, List.of(Permissions.UPDATE), Permissions.READ);
    }

    @Test
    void groupGrantsTooAndNeverOnTheUserOfTheSameName() {
        String filter = "grants-test-" + UUID.randomUUID();

        asSystem.run(() -> {
            grants.toGroup("managers", Resources.FILTER, filter, Permissions.READ);
            grants.toGroup("managers", Resources.FILTER, filter, Permissions.UPDATE);
            grants.toUser("managers", Resources.FILTER, filter, Permissions.READ);
        });
        // later, when both rows are stored: the lookup by the resource finds both and must pick the user's
        grants.toUser("managers", Resources.FILTER, filter, Permissions.DELETE);

        assertThat(asSystem.call(() -> authorizations.createAuthorizationQuery().groupIdIn("managers")
                .resourceType(Resources.FILTER).resourceId(filter).list())).singleElement()
                .satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.UPDATE)).isTrue())
                .satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.DELETE)).isFalse());
        assertThat(asSystem.call(() -> authorizations.createAuthorizationQuery().userIdIn("managers")
                .resourceType(Resources.FILTER).resourceId(filter).list())).singleElement()
                .satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.UPDATE)).isFalse())
                .satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.DELETE)).isTrue());
    }

    /** Exactly one grant of the person on the process instance, holding the permissions given and not the others. */
    private void assertOneRow(String userId, String instance, List<Permission> granted, Permission... notGranted) {
        assertThat(rows(userId, instance)).singleElement().satisfies(grant -> {
            assertThat(granted).allMatch(grant::isPermissionGranted);
            assertThat(notGranted).noneMatch(grant::isPermissionGranted);
        });
    }

    private List<Authorization> rows(String userId, String instance) {
        return asSystem.call(() -> authorizations.createAuthorizationQuery().userIdIn(userId)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(instance).list());
    }
}
