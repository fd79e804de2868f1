package uk.fostering.safeguarding.security;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.AsSystem;

/**
 * Writes Camunda grants idempotently: a grant that already exists gains the missing permissions
 * instead of being duplicated, so start-up and repeated events never pile up rows. Runs as the
 * system, because whoever triggered it (a carer starting a concern) may not grant anything themselves.
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
        asSystem.run(() -> grant(null, groupId, resource, resourceId, permissions));
    }

    public void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
        asSystem.run(() -> grant(userId, null, resource, resourceId, permissions));
    }

    private void grant(String userId, String groupId, Resource resource, String resourceId, Permission... permissions) {
        AuthorizationQuery query = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(resource).resourceId(resourceId);
        // loads a stored grant into the command's cache, where the next line finds it
        (userId != null ? query.userIdIn(userId) : query.groupIdIn(groupId)).list();
        // the cache also holds grants written earlier in this transaction and not yet in the database
        AuthorizationEntity existing = Context.getCommandContext().getDbEntityManager()
                .getCachedEntitiesByType(AuthorizationEntity.class).stream()
                .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                        && a.getResourceType() == resource.resourceType()
                        && Objects.equals(a.getResourceId(), resourceId)
                        && Objects.equals(a.getUserId(), userId) && Objects.equals(a.getGroupId(), groupId))
                .findFirst().orElse(null);
        if (existing != null) {
            // a cached grant is written (inserted or updated) with these permissions when the command ends
            for (Permission permission : permissions) {
                existing.addPermission(permission);
            }
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setGroupId(groupId);
        grant.setResource(resource); // before the permissions: each is checked against the resource type
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
