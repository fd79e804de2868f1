package uk.fostering.safeguarding.security.process;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.AsSystem;

/**
 * What the engine's doors need to know from the engine before they let a call through: who is
 * calling, the form a start or a completion must match, and the expressions a stored filter holds.
 * Looked up as the system: the caller's own right to the definition, task or filter is then the
 * engine's to decide, with the answer it would give anyway.
 */
@Component
public class EngineLookups {

    private final IdentityService identityService;
    private final RepositoryService repositoryService;
    private final FormService formService;
    private final TaskService taskService;
    private final FilterService filterService;
    private final AuthorizationService authorizationService;
    private final AsSystem asSystem;

    EngineLookups(IdentityService identityService, RepositoryService repositoryService, FormService formService,
            TaskService taskService, FilterService filterService, AuthorizationService authorizationService,
            AsSystem asSystem) {
        this.authorizationService = authorizationService;
        this.identityService = identityService;
        this.repositoryService = repositoryService;
        this.formService = formService;
        this.taskService = taskService;
        this.filterService = filterService;
        this.asSystem = asSystem;
    }

    /**
     * The groups of the signed-in caller: for {@code /engine-rest} as Camunda's HTTP Basic filter (which runs
     * before the door) set them on the engine; for Tasklist's API as its login stored them in the session.
     * Empty when nobody is signed in (the call then meets Camunda's own 401).
     */
    public Optional<List<String>> callerGroups(HttpServletRequest request, boolean webapp, String engineName) {
        if (webapp) {
            HttpSession session = request.getSession(false);
            Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null && authentications.getAuthenticationForProcessEngine(engineName)
                    instanceof UserAuthentication user && user.getGroupIds() != null) {
                return Optional.of(user.getGroupIds());
            }
            return Optional.empty();
        }
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    }

    /**
     * The form-js JSON of a process definition's start form, given its id or (byKey) its key: empty when no
     * such definition exists, "" when it has no deployed form (then no variable is a field).
     */
    public Optional<String> startForm(String idOrKey, boolean byKey) {
        return asSystem.call(() -> {
            ProcessDefinition definition = byKey
                    ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(idOrKey).latestVersion()
                            .withoutTenantId().singleResult()
                    : repositoryService.createProcessDefinitionQuery().processDefinitionId(idOrKey).singleResult();
            if (definition == null) {
                return Optional.empty();
            }
            FormData form = formService.getStartFormData(definition.getId());
            return Optional.of(hasForm(form) ? read(formService.getDeployedStartForm(definition.getId())) : "");
        });
    }

    /** The form-js JSON of a task's form: empty when no such task exists, "" when it has no deployed form. */
    public Optional<String> taskForm(String taskId) {
        return asSystem.call(() -> {
            if (taskService.createTaskQuery().taskId(taskId).singleResult() == null) {
                return Optional.empty();
            }
            FormData form = formService.getTaskFormData(taskId);
            return Optional.of(hasForm(form) ? read(formService.getDeployedTaskForm(taskId)) : "");
        });
    }

    /** The expressions a stored task filter's query holds (its or-queries too), by query field. */
    public Map<String, String> storedExpressions(String filterId) {
        return asSystem.call(() -> {
            Map<String, String> expressions = new LinkedHashMap<>();
            Filter filter = filterService.getFilter(filterId);
            if (filter != null && filter.getQuery() instanceof TaskQueryImpl query) {
                expressions.putAll(query.getExpressions());
                query.getQueries().forEach(or -> or.getExpressions().forEach(
                        (field, expression) -> expressions.put("orQueries." + field, expression)));
            }
            return expressions;
        });
    }

    /** The resource type of an existing grant, so that changing it cannot turn a closed grant into an open one. */
    public Optional<Integer> grantResourceType(String authorizationId) {
        return asSystem.call(() -> Optional.ofNullable(authorizationService.createAuthorizationQuery()
                .authorizationId(authorizationId).singleResult()).map(grant -> grant.getResourceType()));
    }

    /** A form the engine can hand out (asking for one that is not there would fail the whole engine command). */
    private static boolean hasForm(FormData form) {
        return form != null && (form.getCamundaFormRef() != null || form.getFormKey() != null);
    }

    private static String read(InputStream form) {
        try (InputStream in = form) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
