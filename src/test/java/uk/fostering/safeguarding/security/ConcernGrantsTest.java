package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who becomes a concern's reader, against a fake of the engine's grants. */
class ConcernGrantsTest {

    private final List<String> allowed = new ArrayList<>();
    private final ConcernGrants grants = new ConcernGrants((user, instance) -> allowed.add(user + "@" + instance));

    @Test
    void eachLinkedPersonOnceAndUnknownPeopleSkipped() {
        grants.grantReaders("pi-1", "carol", null, "sam", "carol", "sophie");

        assertThat(allowed).containsExactly("carol@pi-1", "sam@pi-1", "sophie@pi-1");
    }

    @Test
    void aTaskWithoutAssigneeGrantsNothing() {
        grants.grantReader("pi-1", null);
        grants.grantReader("pi-1", " ");

        assertThat(allowed).isEmpty();
    }

    @Test
    void aGrantNeedsTheConcernsProcess() {
        assertThatThrownBy(() -> grants.grantReader(null, "carol")).isInstanceOf(NullPointerException.class)
                .hasMessage("processInstanceId");
        assertThat(allowed).isEmpty();
    }
}
