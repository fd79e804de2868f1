package uk.fostering.safeguarding.security.process;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.security.ConcernReaders;

/**
 * A concern's readers as the engine knows them: READ on the process instance and on its history; and READ on one
 * task for someone sent to it who is not offered it (Camunda grants a task's own people; READ alone works nothing).
 */
@Component
class ProcessInstanceReaders implements ConcernReaders {

    private final Grants grants;

    ProcessInstanceReaders(Grants grants) {
        this.grants = grants;
    }

    @Override
    public void allow(Collection<String> userIds, String processInstanceId) {
        grants.toUsers(userIds, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        grants.toUsers(userIds, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                HistoricProcessInstancePermissions.READ);
    }

    @Override
    public void allowTask(String userId, String taskId) {
        grants.toUser(userId, Resources.TASK, taskId, Permissions.READ);
    }

    @Override
    public boolean disallow(String userId, String processInstanceId) {
        // both, whatever the first answers
        return grants.removeFromUser(userId, Resources.PROCESS_INSTANCE, List.of(processInstanceId))
                | grants.removeFromUser(userId, Resources.HISTORIC_PROCESS_INSTANCE, List.of(processInstanceId));
    }

    @Override
    public boolean disallowTask(String userId, String taskId) {
        return grants.removeFromUser(userId, Resources.TASK, List.of(taskId));
    }

    @Override
    public void disallow(String userId, Collection<String> processInstanceIds, Collection<String> taskIds) {
        grants.removeFromUser(userId, Resources.PROCESS_INSTANCE, processInstanceIds);
        grants.removeFromUser(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceIds);
        // Camunda grants a task's candidates and assignee the task and its history, and keeps both when they go
        grants.removeFromUser(userId, Resources.TASK, taskIds);
        grants.removeFromUser(userId, Resources.HISTORIC_TASK, taskIds);
    }
}
