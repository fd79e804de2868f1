package uk.fostering.safeguarding.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.fostering.safeguarding.concern.ConcernFakes.CAROL;
import static uk.fostering.safeguarding.concern.ConcernFakes.FRANK;
import static uk.fostering.safeguarding.concern.ConcernFakes.NOW;
import static uk.fostering.safeguarding.concern.ConcernFakes.SOPHIE;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.ConcernFakes.FakeChronology.Line;
import uk.fostering.safeguarding.missing.ChildReports.Absent;
import uk.fostering.safeguarding.missing.ReportingMissing.Reported;
import uk.fostering.safeguarding.shared.ConflictException;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;

/** An absence is not a missing episode unless it becomes one: recorded, watched, back, or turned into one. */
class ChildReportsTest {

    private static final Instant AWAY = NOW.minus(Duration.ofHours(1));
    private static final Instant BACK_BY = NOW.plus(Duration.ofHours(3));
    private static final AbsenceReport AT_A_FRIENDS = new AbsenceReport(AWAY, "At a friend's on Elm Street", BACK_BY);

    private final MissingFakes fakes = new MissingFakes();

    @Test
    void anAbsenceIsRecordedWithoutAnEpisodeOrAPoliceStep() {
        String reference = fakes.concern.raised("C-1001", "Seen getting into a car").getReference();

        Absent absent = fakes.reports.reportAbsent("C-1001", AT_A_FRIENDS, CAROL);

        assertThat(absent.reference()).isEqualTo("AB-000001");
        assertThat(absent.backBy()).isEqualTo(BACK_BY);
        assertThat(fakes.queries.ofConcern(reference)).isEmpty();
        assertThat(fakes.workflow.told).isEmpty();
        // the chronology says when, never where the child is believed to be
        assertThat(fakes.concern.chronology.lines).last().extracting(Line::reference, Line::type, Line::note)
                .containsExactly(reference, ConcernEventType.ABSENCE_RECORDED,
                        "absence AB-000001: away since " + AWAY + ", to be back by " + BACK_BY);
    }

    @Test
    void aChildWithNoConcernHasTheAbsenceInTheAuditTrailUnderTheirId() {
        fakes.reports.reportAbsent("C-1001", AT_A_FRIENDS, CAROL);

        assertThat(fakes.concern.concerns.count()).isZero();
        assertThat(fakes.concern.audit.trail("C-1001")).singleElement().satisfies(line -> {
            assertThat(line.getAction()).isEqualTo("ABSENCE_RECORDED");
            assertThat(line.getDetail()).doesNotContain("Elm Street");
        });
    }

    @Test
    void backInTimeClosesTheAbsenceAndNothingIsMissing() {
        String reference = fakes.concern.raised("C-1001", "Seen getting into a car").getReference();
        fakes.reports.reportAbsent("C-1001", AT_A_FRIENDS, CAROL);

        ReportingMissing.Returned back = fakes.reports.reportReturned("C-1001", NOW, CAROL);

        assertThat(back.reference()).isEqualTo("AB-000001");
        assertThat(fakes.workflow.told).containsExactly("absence AB-000001 ended: back");
        assertThat(fakes.absences.findById(1L)).get().extracting(Absence::getStatus).isEqualTo(AbsenceStatus.BACK);
        assertThat(fakes.concern.chronology.lines).last().extracting(Line::reference, Line::type)
                .containsExactly(reference, ConcernEventType.BACK_FROM_ABSENCE);
        assertThat(fakes.queries.ofConcern(reference)).isEmpty();
        // back again: nothing is open now
        assertThatThrownBy(() -> fakes.reports.reportReturned("C-1001", NOW, CAROL)).isInstanceOf(ConflictException.class);
    }

    @Test
    void notBackInTimeTheAbsenceBecomesAMissingEpisodeLastSeenWhenTheyWentAway() {
        String reference = fakes.concern.raised("C-1001", "Seen getting into a car").getReference();
        Absent absent = fakes.reports.reportAbsent("C-1001", AT_A_FRIENDS, CAROL);

        Optional<Reported> reported = fakes.reports.notBackInTime(absent.id(), user -> CAROL);

        assertThat(reported).contains(new Reported(reference, 1, false));
        MissingEpisode episode = fakes.queries.ofConcern(reference).get(0);
        assertThat(episode.getMissingSince()).isEqualTo(AWAY);
        assertThat(episode.getReportedBy()).isEqualTo("carol");
        assertThat(episode.getCircumstances()).contains("AB-000001", "Elm Street");
        assertThat(fakes.absences.findById(absent.id())).get().extracting(Absence::getStatus, Absence::getMissingReference)
                .containsExactly(AbsenceStatus.MISSING, reference);
        assertThat(fakes.concern.chronology.lines).last().extracting(Line::type, Line::note).containsExactly(
                ConcernEventType.ABSENCE_BECAME_MISSING, "absence AB-000001 (to be back by " + BACK_BY
                        + ") became missing episode 1");
        // the absence's own watch is the one that called: it is not told again
        assertThat(fakes.workflow.told).containsExactly("missing " + reference + " #1 since " + AWAY);
    }

    @Test
    void anAbsenceThatEndedBeforeItsTimeIsLeftAsItIs() {
        Absent absent = fakes.reports.reportAbsent("C-1001", AT_A_FRIENDS, CAROL);
        fakes.reports.reportReturned("C-1001", NOW, CAROL);

        assertThat(fakes.reports.notBackInTime(absent.id(), user -> CAROL)).isEmpty();
        assertThat(fakes.concern.concerns.count()).isZero();
    }

    @Test
    void reportedMissingWhileAbsentTheAbsenceBecomesThatEpisode() {
        fakes.reports.reportAbsent("C-1001", AT_A_FRIENDS, CAROL);

        Reported reported = fakes.reports.reportMissing("C-1001", new MissingReport(AWAY, "Not at the friend's"), SOPHIE);

        assertThat(reported.concernRaised()).isTrue();
        assertThat(fakes.workflow.told).containsExactly("absence AB-000001 became missing");
        assertThat(fakes.absences.findById(1L)).get().extracting(Absence::getStatus).isEqualTo(AbsenceStatus.MISSING);
        // missing now: a new absence is refused until the child is back
        assertThatThrownBy(() -> fakes.reports.reportAbsent("C-1001", AT_A_FRIENDS, CAROL))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already reported missing");
    }

    @Test
    void badAbsencesAreRefusedNamingTheFieldAndStoreNothing() {
        assertThatThrownBy(() -> fakes.reports.reportAbsent("C-1001", new AbsenceReport(AWAY, "x", NOW), CAROL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("backBy")
                .hasMessageContaining("report them missing");
        assertThatThrownBy(() -> fakes.reports.reportAbsent("C-1001",
                new AbsenceReport(AWAY, "x", NOW.plus(Duration.ofDays(8))), CAROL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("within 7 days");
        assertThatThrownBy(() -> fakes.reports.reportAbsent("C-1001", new AbsenceReport(AWAY, " ", BACK_BY), CAROL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("believedToBe");
        assertThatThrownBy(() -> fakes.reports.reportAbsent("C-1001",
                new AbsenceReport(Instant.parse("2099-01-01T00:00:00Z"), "x", BACK_BY), CAROL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("awaySince");
        assertThatThrownBy(() -> fakes.reports.reportAbsent("C-1001", AT_A_FRIENDS, FRANK))
                .isInstanceOf(NotFoundException.class);
        fakes.reports.reportAbsent("C-1001", AT_A_FRIENDS, CAROL);
        assertThatThrownBy(() -> fakes.reports.reportAbsent("C-1001", AT_A_FRIENDS, CAROL))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already reported absent (AB-000001)");
        assertThatThrownBy(() -> fakes.reports.reportReturned("C-1001", AWAY.minusSeconds(60), CAROL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("returnedAt");
        assertThat(fakes.absences.findById(2L)).isEmpty();
    }
}
