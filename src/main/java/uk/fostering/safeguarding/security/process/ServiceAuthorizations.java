package uk.fostering.safeguarding.security.process;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.AsSystem;
import uk.fostering.safeguarding.process.AllegationProcess;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.NotifiableProcess;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.StartupStep;

/**
 * What each role may do in the engine, written at every start-up (idempotently). Concern content is
 * granted per concern by {@link uk.fostering.safeguarding.security.ConcernGrants}; here only what a whole group needs: Tasklist, the
 * start form for those who raise concerns, and every concern for managers and the emergency duty team.
 * Administrators administer (people, groups, grants, Cockpit, Admin) but read no concern: the
 * starter's "ALL on everything" for {@code camunda-admin} is narrowed to that.
 */
@Component
@Order(2)
class ServiceAuthorizations implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(ServiceAuthorizations.class);
    private static final String ANY = Authorization.ANY;
    /**
     * The processes of a concern: the concern itself, its missing episodes, its notifications to Ofsted and its
     * referral to the designated officer (LADO).
     */
    private static final List<String> CONCERN_PROCESSES = List.of(ConcernProcess.KEY, MissingProcess.KEY,
            NotifiableProcess.KEY, AllegationProcess.KEY);
    /** Tasklist's "report a child missing / back / absent" start forms. */
    private static final List<String> REPORTS = List.of(MissingProcess.REPORT_MISSING_KEY,
            MissingProcess.REPORT_RETURNED_KEY, MissingProcess.REPORT_ABSENT_KEY);

    /** Resources whose rows are (or lead to) a concern's content: never granted to administrators as such. */
    private static final Set<Resources> CONCERN_CONTENT = EnumSet.of(Resources.PROCESS_DEFINITION,
            Resources.PROCESS_INSTANCE, Resources.TASK, Resources.HISTORIC_PROCESS_INSTANCE, Resources.HISTORIC_TASK,
            Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.OPERATION_LOG_CATEGORY,
            Resources.DEPLOYMENT);

    private static final Set<Resources> ADMINISTRATION = EnumSet.of(Resources.APPLICATION, Resources.USER,
            Resources.GROUP, Resources.GROUP_MEMBERSHIP, Resources.AUTHORIZATION, Resources.TENANT,
            Resources.TENANT_MEMBERSHIP, Resources.FILTER, Resources.SYSTEM, Resources.BATCH);

    private final Grants grants;
    private final AuthorizationService authorizations;
    private final AsSystem asSystem;

    ServiceAuthorizations(Grants grants, AuthorizationService authorizations, AsSystem asSystem) {
        this.grants = grants;
        this.authorizations = authorizations;
        this.asSystem = asSystem;
    }

    @Override
    public void run() {
        for (String role : List.of(Roles.CARERS, Roles.SSWS, Roles.SOCIAL_WORKERS, Roles.MANAGERS,
                Roles.EMERGENCY_DUTY_TEAM, Roles.RETURN_INTERVIEWERS)) {
            grants.toGroup(role, Resources.APPLICATION, "tasklist", ACCESS);
            // the processes' names and diagrams in Tasklist; not a concern's content
            CONCERN_PROCESSES.forEach(key -> grants.toGroup(role, Resources.PROCESS_DEFINITION, key, READ));
        }
        // Tasklist's start forms: which child a person may raise a concern about or report missing is then
        // checked against the registry (ConcernAccess), as for the API
        for (String role : List.of(Roles.CARERS, Roles.SSWS)) {
            grants.toGroup(role, Resources.PROCESS_DEFINITION, ConcernProcess.KEY, READ, CREATE_INSTANCE);
        }
        // other staff raise only concerns about the carer's household there (the intake refuses anything else)
        for (String role : List.of(Roles.SOCIAL_WORKERS, Roles.MANAGERS, Roles.EMERGENCY_DUTY_TEAM)) {
            grants.toGroup(role, Resources.PROCESS_DEFINITION, ConcernProcess.KEY, READ, CREATE_INSTANCE);
        }
        grants.toGroup(Roles.MANAGERS, Resources.PROCESS_INSTANCE, ANY, CREATE);
        for (String role : List.of(Roles.CARERS, Roles.SSWS, Roles.SOCIAL_WORKERS, Roles.EMERGENCY_DUTY_TEAM)) {
            REPORTS.forEach(key -> grants.toGroup(role, Resources.PROCESS_DEFINITION, key, READ, CREATE_INSTANCE));
            grants.toGroup(role, Resources.PROCESS_INSTANCE, ANY, CREATE);
        }
        // staff see who a task is with by name; carers do not browse the service's people
        for (String role : List.of(Roles.SSWS, Roles.SOCIAL_WORKERS, Roles.MANAGERS, Roles.EMERGENCY_DUTY_TEAM)) {
            grants.toGroup(role, Resources.USER, ANY, READ);
        }
        for (String key : CONCERN_PROCESSES) {
            // managers oversee every concern and may hand a step to someone else
            grants.toGroup(Roles.MANAGERS, Resources.PROCESS_DEFINITION, key, READ_INSTANCE, READ_TASK, TASK_ASSIGN,
                    READ_HISTORY);
            // out of hours the duty team sees every concern and may work a step in the responsible person's place
            grants.toGroup(Roles.EMERGENCY_DUTY_TEAM, Resources.PROCESS_DEFINITION, key, READ_INSTANCE, READ_TASK,
                    TASK_WORK, READ_HISTORY);
        }
        grants.toGroup(Roles.MANAGERS, Resources.APPLICATION, "cockpit", ACCESS);
        grants.toGroup(Roles.MANAGERS, Resources.DECISION_DEFINITION, ANY, READ, Permissions.READ_HISTORY);
        administrators();
    }

    private void administrators() {
        asSystem.run(() -> authorizations.createAuthorizationQuery().groupIdIn(Roles.ADMINS).list().stream()
                .filter(grant -> CONCERN_CONTENT.stream().anyMatch(r -> r.resourceType() == grant.getResourceType()))
                .forEach(grant -> {
                    log.warn("Removed a grant on concern content (resource type {}, id {}) from group {}",
                            grant.getResourceType(), grant.getResourceId(), Roles.ADMINS);
                    authorizations.deleteAuthorization(grant.getId());
                }));
        ADMINISTRATION.forEach(resource -> grants.toGroup(Roles.ADMINS, resource, ANY, ALL));
        // definitions and deployments (the model, not any child's concern), to see what is running
        grants.toGroup(Roles.ADMINS, Resources.PROCESS_DEFINITION, ANY, READ);
        // Cockpit's retry of a failed job (PUT /engine-rest/job/{id}/retries) after a mail outage: changes a job's
        // retries and due date, reads nothing of a concern. Written after the clean-up above, which would remove it.
        grants.toGroup(Roles.ADMINS, Resources.PROCESS_DEFINITION, ANY,
                org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.RETRY_JOB);
        grants.toGroup(Roles.ADMINS, Resources.DECISION_DEFINITION, ANY, READ);
        grants.toGroup(Roles.ADMINS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
        grants.toGroup(Roles.ADMINS, Resources.DEPLOYMENT, ANY, READ);
        grants.toGroup(Roles.ADMINS, Resources.OPERATION_LOG_CATEGORY, "Admin", UserOperationLogCategoryPermissions.READ);
    }
}
