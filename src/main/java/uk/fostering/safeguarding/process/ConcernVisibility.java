package uk.fostering.safeguarding.process;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.registry.Caller;

/**
 * Which concerns a person may see, answered by the engine's authorizations: the same grants that
 * decide what Tasklist, Cockpit and the REST API show decide what the service's own API, concern
 * page and dashboard show. A concern is visible when the person may read its process history (their
 * own grant on the instance, or READ_HISTORY on the whole process for managers and the duty team).
 */
@Component
public class ConcernVisibility {

    private final HistoryService history;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final CommandExecutor commands;

    public ConcernVisibility(ProcessEngine engine) {
        this.history = engine.getHistoryService();
        this.identity = engine.getIdentityService();
        this.authorizations = engine.getAuthorizationService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    public boolean maySee(Caller caller, String reference) {
        return as(caller, () -> history.createHistoricProcessInstanceQuery().processDefinitionKey(ConcernProcess.KEY)
                .processInstanceBusinessKey(reference).count() > 0);
    }

    /** The references of every concern the person may see. */
    public Set<String> visibleTo(Caller caller) {
        return as(caller, () -> history.createHistoricProcessInstanceQuery().processDefinitionKey(ConcernProcess.KEY)
                .list().stream().map(HistoricProcessInstance::getBusinessKey).collect(Collectors.toSet()));
    }

    /** Managers and the duty team: allowed to read every concern's history, so the dashboard is theirs. */
    public boolean seesAll(Caller caller) {
        return authorizations.isUserAuthorized(caller.userId(), caller.groups(), ProcessDefinitionPermissions.READ_HISTORY,
                Resources.PROCESS_DEFINITION, ConcernProcess.KEY);
    }

    /**
     * Runs the query in one engine command as the given person with authorization checks on, whoever
     * else is signed in on this thread; inside a command, so the cap on people's query sizes (meant
     * for Tasklist and the REST API) does not apply to the service's own complete answer.
     */
    private <T> T as(Caller caller, Supplier<T> query) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.userId(), caller.groups());
        try {
            return commands.execute(context -> {
                boolean checking = context.isAuthorizationCheckEnabled();
                context.enableAuthorizationCheck();
                try {
                    return query.get();
                } finally {
                    context.setAuthorizationCheckEnabled(checking);
                }
            });
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }
}
