package uk.fostering.safeguarding.security.process;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.security.ConcernReaders;

/** A concern's readers as the engine knows them: READ on the process instance and on its history. */
@Component
class ProcessInstanceReaders implements ConcernReaders {

    private final Grants grants;

    ProcessInstanceReaders(Grants grants) {
        this.grants = grants;
    }

    @Override
    public void allow(String userId, String processInstanceId) {
        grants.toUser(userId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        grants.toUser(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                HistoricProcessInstancePermissions.READ);
    }
}
