package uk.fostering.safeguarding.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Lets one person see one concern: READ on its process instance (Tasklist, Cockpit, the REST API)
 * and on its history (what {@code /api/concerns} and the concern page check). Granted to the
 * child's carer, the carer's SSW and the child's social worker when the concern starts, and to
 * anyone a task of the concern is later offered or assigned to (a reassigned step, a return
 * interviewer). Working a task is granted by Camunda itself to the task's candidates and assignee.
 */
@Component
public class ConcernGrants {

    private final ConcernReaders readers;

    ConcernGrants(ConcernReaders readers) {
        this.readers = readers;
    }

    public void grantReader(String processInstanceId, String userId) {
        Objects.requireNonNull(processInstanceId, "processInstanceId");
        if (userId == null || userId.isBlank()) {
            return;
        }
        readers.allow(List.of(userId), processInstanceId);
    }

    /**
     * Someone an email sends to a task they are not offered (an escalation's manager, registered manager or duty
     * team member): they may open that task, and see its concern, so that the link never lands on "does not exist".
     */
    public void grantTaskReader(String processInstanceId, String taskId, String userId) {
        Objects.requireNonNull(taskId, "taskId");
        grantReader(processInstanceId, userId);
        if (userId != null && !userId.isBlank()) {
            readers.allowTask(userId, taskId);
        }
    }

    /**
     * A person who must no longer see a concern (a carer, once it is about their household): every grant they hold on
     * the concern's process instances and tasks, given by the service or by Camunda to a task's people, goes.
     */
    public void revokeReader(String userId, Collection<String> processInstanceIds, Collection<String> taskIds) {
        if (userId != null && !userId.isBlank()) {
            readers.disallow(userId, processInstanceIds, taskIds);
        }
    }

    /** The people linked to the child, at once; any of them may be unknown (null or blank) and is then skipped. */
    public void grantReaders(String processInstanceId, String... userIds) {
        Objects.requireNonNull(processInstanceId, "processInstanceId");
        List<String> people = Stream.of(userIds).filter(user -> user != null && !user.isBlank()).distinct().toList();
        if (!people.isEmpty()) {
            readers.allow(people, processInstanceId);
        }
    }

    /**
     * A person who no longer looks after the child (a carer whose placement ended): they lose the concern (process
     * instance and history) and each of the given open tasks of it. Whether they held any of it.
     */
    public boolean revokeReader(String processInstanceId, Collection<String> taskIds, String userId) {
        Objects.requireNonNull(processInstanceId, "processInstanceId");
        boolean held = readers.disallow(userId, processInstanceId);
        for (String task : taskIds) {
            held |= readers.disallowTask(userId, task);
        }
        return held;
    }
}
