package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who becomes a concern's reader, against a fake of the engine's grants. */
class ConcernGrantsTest {

    private final List<String> allowed = new ArrayList<>();
    /** How many people each call to {@code allow} carried. */
    private final List<Integer> calls = new ArrayList<>();
    private final ConcernGrants grants = new ConcernGrants(new ConcernReaders() {
        @Override
        public void allow(Collection<String> userIds, String processInstanceId) {
            calls.add(userIds.size());
            userIds.forEach(userId -> allowed.add(userId + "@" + processInstanceId));
        }

        @Override
        public void allowTask(String userId, String taskId) {
            allowed.add(userId + "@task:" + taskId);
        }

        @Override
        public boolean disallow(String userId, String processInstanceId) {
            return allowed.remove(userId + "@" + processInstanceId);
        }

        @Override
        public boolean disallowTask(String userId, String taskId) {
            return allowed.remove(userId + "@task:" + taskId);
        }

        @Override
        public void disallow(String userId, Collection<String> processInstanceIds, Collection<String> taskIds) {
            allowed.add("no " + userId + "@" + processInstanceIds + "+" + taskIds);
        }
    });

    @Test
    void eachLinkedPersonOnceAndUnknownPeopleSkipped() {
        grants.grantReaders("pi-1", "carol", null, "sam", "carol", " ", "sophie");

        assertThat(allowed).containsExactly("carol@pi-1", "sam@pi-1", "sophie@pi-1");
        assertThat(calls).as("one request to the engine for all of them").containsExactly(3);
    }

    @Test
    void nobodyKnownGrantsNothing() {
        grants.grantReaders("pi-1", null, "");

        assertThat(calls).isEmpty();
    }

    @Test
    void aTaskWithoutAssigneeGrantsNothing() {
        grants.grantReader("pi-1", null);
        grants.grantReader("pi-1", " ");

        assertThat(allowed).isEmpty();
    }

    @Test
    void someoneSentToATaskMayOpenItAndSeeItsConcern() {
        grants.grantTaskReader("pi-1", "task-7", "sam");
        grants.grantTaskReader("pi-1", "task-7", null);

        assertThat(allowed).containsExactly("sam@pi-1", "sam@task:task-7");
    }

    @Test
    void aPersonWhoMustNoLongerSeeAConcernLosesItsInstancesAndTasks() {
        grants.revokeReader("carol", List.of("pi-1", "pi-2"), List.of("task-7"));
        grants.revokeReader(null, List.of("pi-1"), List.of());

        assertThat(allowed).containsExactly("no carol@[pi-1, pi-2]+[task-7]");
    }

    @Test
    void aGrantNeedsTheConcernsProcess() {
        assertThatThrownBy(() -> grants.grantReader(null, "carol")).isInstanceOf(NullPointerException.class)
                .hasMessage("processInstanceId");
        assertThat(allowed).isEmpty();
    }

    @Test
    void aCarerWhosePlacementEndedLosesTheConcernAndItsTasksAndSaysWhetherTheyHadIt() {
        grants.grantTaskReader("pi-1", "task-7", "carol");
        grants.grantReader("pi-1", "sam");

        assertThat(grants.revokeReader("pi-1", List.of("task-7", "task-8"), "carol")).isTrue();
        assertThat(grants.revokeReader("pi-1", List.of("task-7"), "carol")).isFalse();
        assertThat(allowed).containsExactly("sam@pi-1");
    }
}
