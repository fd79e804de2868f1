package uk.fostering.safeguarding.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.fostering.safeguarding.concern.ConcernFakes.CAROL;
import static uk.fostering.safeguarding.concern.ConcernFakes.EDDIE;
import static uk.fostering.safeguarding.concern.ConcernFakes.FRANK;
import static uk.fostering.safeguarding.concern.ConcernFakes.NOW;
import static uk.fostering.safeguarding.concern.ConcernFakes.SAM;
import static uk.fostering.safeguarding.concern.ConcernFakes.SOPHIE;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.DuplicateConcernException;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;

/** The intake's rules, with fakes of its ports: who may raise about which child, duplicates, bad input. */
class RaisingConcernsTest {

    private final ConcernFakes fakes = new ConcernFakes();

    private static RaiseConcern raise(String childId, String summary) {
        return new RaiseConcern(childId, ConcernCategory.CSE, summary, List.of(Indicator.MISSING_OR_LATE),
                NOW.minusSeconds(600), false, false);
    }

    @Test
    void aCarerRaisesAConcernAboutAChildPlacedWithThemAndItsProcessStarts() {
        Concern concern = fakes.raising.raise(raise("C-1001", "Seen getting into a car"), CAROL);

        assertThat(concern.getReference()).isEqualTo("SC-2026-000001");
        assertThat(concern.getStatus()).isEqualTo(ConcernStatus.OPEN);
        assertThat(concern.getRaisedBy()).isEqualTo("carol");
        assertThat(concern.getRaisedAt()).isEqualTo(NOW);
        assertThat(fakes.workflow.started).containsOnlyKeys("SC-2026-000001");
        assertThat(fakes.workflow.started.get("SC-2026-000001").sswId()).isEqualTo("sam");
        assertThat(fakes.chronology.lines).singleElement().satisfies(line -> {
            assertThat(line.type()).isEqualTo(ConcernEventType.RAISED);
            assertThat(line.actor()).isEqualTo("carol");
            assertThat(line.note()).isEqualTo("CSE");
        });
    }

    @Test
    void theCarersSswMayRaiseOnTheirBehalf() {
        assertThat(fakes.raising.raise(raise("C-1003", "Seen getting into a car"),
                new Caller("sunita", List.of(Roles.SSWS))).getChildId())
                .isEqualTo("C-1003");
    }

    @Test
    void theSameConcernRaisedTwiceIsADuplicateAndNothingMoreIsStored() {
        Concern first = fakes.raising.raise(raise("C-1001", "Seen getting into a car"), CAROL);
        // the same observation a millisecond off (a database keeps times less precisely) is the same concern
        RaiseConcern again = new RaiseConcern("C-1001", ConcernCategory.CSE, "Seen getting into a car",
                List.of(Indicator.MISSING_OR_LATE), first.getObservedAt().plusMillis(1), false, false);

        assertThatThrownBy(() -> fakes.raising.raise(again, CAROL)).isInstanceOf(DuplicateConcernException.class)
                .hasMessageContaining(first.getReference());
        assertThat(fakes.concerns.count()).isEqualTo(1);
        assertThat(fakes.workflow.started).hasSize(1);
        assertThat(fakes.chronology.lines).hasSize(1);
    }

    @Test
    void aChildNotPlacedWithTheCallerIsNotFoundAsIfTheyDidNotExist() {
        for (Caller caller : List.of(FRANK, SOPHIE, SAM)) {
            String childId = caller == SAM ? "C-1003" : "C-1001";
            assertThatThrownBy(() -> fakes.raising.raise(raise(childId, "Seen getting into a car"), caller))
                    .isInstanceOf(NotFoundException.class).hasMessage("Child " + childId + " not found");
        }
        assertThatThrownBy(() -> fakes.raising.raise(raise("C-9999", "Seen getting into a car"), CAROL))
                .isInstanceOf(NotFoundException.class).hasMessage("Child C-9999 not found");
        assertNothingStored();
        // any id of the registry's form is taken as a child's (a service's own ids, such as K-17, imported)
        assertThatThrownBy(() -> fakes.raising.raise(raise("K-17", "Seen getting into a car"), CAROL))
                .isInstanceOf(NotFoundException.class).hasMessage("Child K-17 not found");
        assertNothingStored();
    }

    @Test
    void badInputNamesEachFieldAndNothingIsStored() {
        RaiseConcern bad = new RaiseConcern("C 1001", ConcernCategory.CSE, "short", List.of(), NOW.plusSeconds(3600),
                false, false);

        assertThatThrownBy(() -> fakes.raising.raise(bad, CAROL)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getProblems()).extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("childId", "observedAt", "summary"));
        assertNothingStored();
    }

    @Test
    void aChildReportedMissingWithNoConcernGetsAConcernOfCategoryMissingStartedOnlyWhenAsked() {
        RaisingConcerns.Registered registered = fakes.raising.registerMissing("C-1001", NOW.minusSeconds(1800), SOPHIE);

        Concern concern = registered.concern();
        assertThat(concern.getCategory()).isEqualTo(ConcernCategory.MISSING);
        assertThat(concern.isChildMissing()).isTrue();
        assertThat(concern.getObservedAt()).isEqualTo(NOW.minusSeconds(1800));
        assertThat(concern.indicatorList()).containsExactly(Indicator.MISSING_OR_LATE);
        assertThat(fakes.workflow.started).isEmpty();

        fakes.raising.start(registered);
        assertThat(fakes.workflow.started).containsOnlyKeys(concern.getReference());
    }

    @Test
    void theDutyTeamMayReportAnyChildMissingAndAStrangerNone() {
        assertThat(fakes.raising.placementForMissingReport("C-1002", EDDIE).carerId()).isEqualTo("carol");
        assertThatThrownBy(() -> fakes.raising.placementForMissingReport("C-1002", SOPHIE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fakes.raising.registerMissing("C-1002", NOW, FRANK)).isInstanceOf(NotFoundException.class);
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(fakes.concerns.count()).isZero();
        assertThat(fakes.workflow.started).isEmpty();
        assertThat(fakes.chronology.lines).isEmpty();
    }
}
