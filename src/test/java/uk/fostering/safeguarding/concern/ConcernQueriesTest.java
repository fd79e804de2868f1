package uk.fostering.safeguarding.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.fostering.safeguarding.concern.ConcernFakes.CAROL;
import static uk.fostering.safeguarding.concern.ConcernFakes.FRANK;
import static uk.fostering.safeguarding.concern.ConcernFakes.MARK;
import static uk.fostering.safeguarding.concern.ConcernFakes.SAM;
import static uk.fostering.safeguarding.concern.ConcernFakes.SOPHIE;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.audit.AuditEvent;
import uk.fostering.safeguarding.shared.NotFoundException;

/** The queries own their read-auditing: a read that shows a concern writes its line, a refused one writes none. */
class ConcernQueriesTest {

    private final ConcernFakes fakes = new ConcernFakes();
    private final String first = fakes.raised("C-1001", "Seen getting into a car").getReference();
    private final String second = fakes.raised("C-1002", "Came home late with a new phone").getReference();

    @Test
    void aViewIsAuditedWithWhereItWasShown() {
        ConcernView view = fakes.queries.view(first, SAM, "page");

        assertThat(view.concern().getReference()).isEqualTo(first);
        assertThat(fakes.audit.lines()).containsExactly("sam VIEWED " + first + " page");
    }

    @Test
    void aConcernTheCallerMayNotSeeIsNotFoundAndNoReadIsAudited() {
        assertThatThrownBy(() -> fakes.queries.view(first, FRANK, "api")).isInstanceOf(NotFoundException.class)
                .hasMessage("Concern " + first + " not found");
        assertThatThrownBy(() -> fakes.queries.view("SC-2026-999999", SAM, "api")).isInstanceOf(NotFoundException.class)
                .hasMessage("Concern SC-2026-999999 not found");
        assertThat(fakes.audit.lines()).isEmpty();
    }

    @Test
    void aListIsAReadOfEachConcernListedNewestFirst() {
        assertThat(fakes.queries.visibleTo(CAROL, Optional.empty(), Optional.empty(), "api list"))
                .extracting(Concern::getReference).containsExactly(second, first);
        assertThat(fakes.queries.visibleTo(SOPHIE, Optional.empty(), Optional.of(ConcernStatus.OPEN), "api list"))
                .extracting(Concern::getReference).containsExactly(first);
        assertThat(fakes.queries.visibleTo(MARK, Optional.of("C-1002"), Optional.empty(), "api list"))
                .extracting(Concern::getReference).containsExactly(second);
        assertThat(fakes.queries.visibleTo(FRANK, Optional.empty(), Optional.empty(), "api list")).isEmpty();

        assertThat(fakes.audit.lines()).containsExactly("carol VIEWED " + second + " api list",
                "carol VIEWED " + first + " api list", "sophie VIEWED " + first + " api list",
                "mark VIEWED " + second + " api list");
    }

    @Test
    void theAuditTrailIsForManagersAndReadingItIsALineAfterWhatWasRead() {
        fakes.queries.view(first, SAM, "page");

        assertThatThrownBy(() -> fakes.queries.auditTrail(first, SAM, "api")).isInstanceOf(NotFoundException.class)
                .hasMessage("Concern " + first + " not found");
        assertThatThrownBy(() -> fakes.queries.auditTrail("SC-2026-999999", MARK, "api"))
                .isInstanceOf(NotFoundException.class);
        assertThat(fakes.queries.auditTrail(first, MARK, "api")).extracting(AuditEvent::getAction)
                .containsExactly("VIEWED");
        assertThat(fakes.audit.lines()).containsExactly("sam VIEWED " + first + " page",
                "mark AUDIT_VIEWED " + first + " api");
    }

    @Test
    void theChildsChronologyIsForPeopleLinkedToTheChildOverTheConcernsTheyMaySee() {
        assertThat(fakes.queries.chronologyOf("C-1001", SOPHIE).references()).containsOnlyKeys(1L);
        assertThatThrownBy(() -> fakes.queries.chronologyOf("C-1001", FRANK)).isInstanceOf(NotFoundException.class)
                .hasMessage("Child C-1001 not found");
        assertThatThrownBy(() -> fakes.queries.chronologyOf("C-9999", MARK)).isInstanceOf(NotFoundException.class);
        assertThat(fakes.audit.lines()).isEmpty();
    }

    @Test
    void theOpenAndTheLatestConcernOfAChild() {
        fakes.steps.close(first, new CloseStep(true, "Shared."), "sam");

        assertThat(fakes.queries.openConcernOf("C-1001")).isEmpty();
        assertThat(fakes.queries.latestConcernOf("C-1001")).map(Concern::getReference).contains(first);
        assertThat(fakes.queries.openConcernOf("C-1002")).map(Concern::getReference).contains(second);
    }
}
