package uk.fostering.safeguarding.security.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.fostering.safeguarding.process.AsSystem;

/**
 * Writes Camunda grants idempotently: a grant that already exists gains the missing permissions
 * instead of being duplicated, so start-up and repeated events never pile up rows. Runs as the
 * system, because whoever triggered it (a carer starting a concern) may not grant anything themselves.
 * <p>
 * A grant written earlier in the same engine command (the concern's start grants its carer, then the
 * carer's first task grants her again) is not in the database until the command ends, so a query does
 * not find it; writing it a second time would break the engine's unique key on grants. The grants this
 * transaction created are therefore kept with it, and a second grant for the same person, resource and
 * id adds its permissions to the one already written, which the engine inserts as it then stands. A grant this
 * transaction wrote with every permission asked again (a concern's start grants its SSW, then the SSW's first task
 * grants the same) is not looked up again: raising a concern asked the database eight times, now four.
 */
@Component
public class Grants {

    private final AuthorizationService authorizations;
    private final AsSystem asSystem;

    Grants(AuthorizationService authorizations, AsSystem asSystem) {
        this.authorizations = authorizations;
        this.asSystem = asSystem;
    }

    public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        asSystem.run(() -> grant(List.of(new Key(null, groupId, resource.resourceType(), resourceId)), resource,
                permissions));
    }

    public void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
        toUsers(List.of(userId), resource, resourceId, permissions);
    }

    /** The same grant to several people (a new concern's carer, SSW and social worker): one query for all of them. */
    public void toUsers(Collection<String> userIds, Resource resource, String resourceId, Permission... permissions) {
        List<Key> keys = userIds.stream().distinct()
                .map(userId -> new Key(userId, null, resource.resourceType(), resourceId)).toList();
        asSystem.run(() -> grant(keys, resource, permissions));
    }

    /**
     * Deletes the person's own grants (not their groups') on these resources, whatever permissions they hold (a
     * carer whose placement ended, a step handed to someone else); whether they held any.
     */
    public boolean removeFromUser(String userId, Resource resource, Collection<String> resourceIds) {
        return asSystem.call(() -> {
            boolean held = false;
            for (String resourceId : Set.copyOf(resourceIds)) {
                // one id at a time: the engine's index on the resource id, not every grant the person holds
                List<Authorization> grants = authorizations.createAuthorizationQuery()
                        .resourceType(resource.resourceType()).resourceId(resourceId).userIdIn(userId).list();
                grants.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
                held |= !grants.isEmpty();
                // a grant written earlier in this transaction must not come back as the one to add permissions to
                writtenInThisTransaction().remove(new Key(userId, null, resource.resourceType(), resourceId));
            }
            return held;
        });
    }

    /** Whose grant on what: the engine keeps at most one grant per key. */
    private record Key(String userId, String groupId, int resourceType, String resourceId) {
    }

    /** Keys of one resource and id, all of people or all of groups. */
    private void grant(List<Key> keys, Resource resource, Permission... permissions) {
        Map<Key, Authorization> written = writtenInThisTransaction();
        // written earlier in this transaction with these permissions already: nothing to add, nothing to ask
        List<Key> toAsk = keys.stream().filter(key -> !(written.containsKey(key)
                && Stream.of(permissions).allMatch(written.get(key)::isPermissionGranted))).toList();
        if (toAsk.isEmpty()) {
            return;
        }
        Map<Key, Authorization> stored = stored(toAsk);
        for (Key key : toAsk) {
            grant(key, stored.get(key), written, resource, permissions);
        }
    }

    private void grant(Key key, Authorization stored, Map<Key, Authorization> written, Resource resource,
            Permission... permissions) {
        if (stored != null) {
            if (!Stream.of(permissions).allMatch(stored::isPermissionGranted)) {
                Stream.of(permissions).forEach(stored::addPermission);
                authorizations.saveAuthorization(stored);
            }
            return;
        }
        Authorization pending = written.get(key);
        if (pending != null) {
            // saved in this command and not yet inserted: the insert takes the permissions it holds at the end
            Stream.of(permissions).forEach(pending::addPermission);
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(key.userId());
        grant.setGroupId(key.groupId());
        grant.setResource(resource); // before the permissions: each is checked against the resource type
        grant.setResourceId(key.resourceId());
        Stream.of(permissions).forEach(grant::addPermission);
        authorizations.saveAuthorization(grant);
        written.put(key, grant);
    }

    /**
     * The grants of these keys in the database (or loaded earlier in this command, with what was added to it since),
     * by key. One query for all of them, by the resource alone: a resource holds a handful of grants, and the
     * people's ids in the query as well ({@code USER_ID_ IN (...)}) made H2 read every grant of the type, since
     * Camunda's unique key on user grants leads with the type and H2 cannot use an IN list inside it (a benchmark
     * profile had the grants at 20% of a raise's CPU). By the resource alone, H2 reads the few rows of that
     * resource from the group key that {@code H2GroupGrantIndex} rebuilt, and
     * PostgreSQL from the engine's index on the resource's id.
     */
    private Map<Key, Authorization> stored(List<Key> keys) {
        Key first = keys.get(0);
        Set<Key> wanted = Set.copyOf(keys);
        Map<Key, Authorization> byKey = new HashMap<>();
        // the engine keeps one grant per key; should there ever be two, the first found takes the permissions
        authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(first.resourceType()).resourceId(first.resourceId()).list().stream()
                .map(grant -> Map.entry(
                        new Key(grant.getUserId(), grant.getGroupId(), grant.getResourceType(), grant.getResourceId()),
                        grant))
                .filter(found -> wanted.contains(found.getKey()))
                .forEach(found -> byKey.putIfAbsent(found.getKey(), found.getValue()));
        return byKey;
    }

    /**
     * The grants created in the current transaction, forgotten when it ends. Every engine command runs in a
     * Spring transaction (the engine's Spring transaction interceptor), so one is always there.
     */
    @SuppressWarnings("unchecked")
    private Map<Key, Authorization> writtenInThisTransaction() {
        Map<Key, Authorization> written = (Map<Key, Authorization>) TransactionSynchronizationManager.getResource(this);
        if (written == null) {
            Map<Key, Authorization> fresh = new HashMap<>();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Grants.this);
                }
            });
            TransactionSynchronizationManager.bindResource(this, fresh);
            written = fresh;
        }
        return written;
    }
}
