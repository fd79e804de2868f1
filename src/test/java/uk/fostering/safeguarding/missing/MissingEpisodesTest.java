package uk.fostering.safeguarding.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.fostering.safeguarding.concern.ConcernFakes.CAROL;
import static uk.fostering.safeguarding.concern.ConcernFakes.EDDIE;
import static uk.fostering.safeguarding.concern.ConcernFakes.FRANK;
import static uk.fostering.safeguarding.concern.ConcernFakes.NOW;
import static uk.fostering.safeguarding.concern.ConcernFakes.SOPHIE;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernCategory;
import uk.fostering.safeguarding.concern.ConcernFakes.FakeChronology.Line;
import uk.fostering.safeguarding.shared.ConflictException;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.shared.RiskLevel;

/** Reporting a child missing and back, and the episode's steps, with fakes of their ports. */
class MissingEpisodesTest {

    private static final Instant LAST_SEEN = NOW.minus(Duration.ofHours(2));

    private final MissingFakes fakes = new MissingFakes();

    @Test
    void aChildMissingWithAnOpenConcernIsANewEpisodeOfIt() {
        String reference = fakes.concern.raised("C-1001", "Seen getting into a car").getReference();

        ReportingMissing.Reported reported = fakes.reporting.reportMissing("C-1001",
                new MissingReport(LAST_SEEN, "Left after dinner"), CAROL);

        assertThat(reported).isEqualTo(new ReportingMissing.Reported(reference, 1, false));
        assertThat(fakes.workflow.told).containsExactly("missing " + reference + " #1 since " + LAST_SEEN);
        MissingEpisode episode = fakes.queries.ofConcern(reference).get(0);
        assertThat(episode.getStatus()).isEqualTo(EpisodeStatus.MISSING);
        assertThat(episode.getCircumstances()).isEqualTo("Left after dinner");
        assertThat(fakes.concern.chronology.lines).last().extracting(Line::type, Line::note)
                .containsExactly(ConcernEventType.MISSING_REPORTED, "episode 1: missing since " + LAST_SEEN);
    }

    @Test
    void aChildMissingWithNoOpenConcernRaisesOneOfCategoryMissingAndStartsIt() {
        ReportingMissing.Reported reported = fakes.reporting.reportMissing("C-1003",
                new MissingReport(LAST_SEEN, null), EDDIE);

        assertThat(reported.concernRaised()).isTrue();
        Concern concern = fakes.concern.queries.byReference(reported.reference());
        assertThat(concern.getCategory()).isEqualTo(ConcernCategory.MISSING);
        assertThat(fakes.concern.workflow.started).containsOnlyKeys(reported.reference());
        // the concern's process opens the stored episode: the engine is not told a second time
        assertThat(fakes.workflow.told).isEmpty();
        assertThat(fakes.reporting.opened(reported.reference()).getEpisodeNumber()).isEqualTo(1);
    }

    @Test
    void aChildAlreadyMissingIsAConflictAndAStrangerIsNotFoundAndNothingChanges() {
        fakes.reporting.reportMissing("C-1001", new MissingReport(LAST_SEEN, null), CAROL);
        int lines = fakes.concern.chronology.lines.size();

        assertThatThrownBy(() -> fakes.reporting.reportMissing("C-1001", new MissingReport(NOW, null), SOPHIE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already reported missing since " + LAST_SEEN);
        assertThatThrownBy(() -> fakes.reporting.reportMissing("C-1002", new MissingReport(NOW, null), FRANK))
                .isInstanceOf(NotFoundException.class).hasMessage("Child C-1002 not found");
        assertThatThrownBy(() -> fakes.reporting.reportMissing("C-1002", new MissingReport(null, null), CAROL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lastSeenAt");
        assertThat(fakes.concern.concerns.count()).isEqualTo(1);
        assertThat(fakes.queries.currentlyMissing()).hasSize(1);
        assertThat(fakes.concern.chronology.lines).hasSize(lines);
    }

    @Test
    void aReturnMustBeBetweenTheLastSightingAndNowOfAChildWhoIsMissing() {
        assertThatThrownBy(() -> fakes.reporting.reportReturned("C-1001", NOW, CAROL))
                .isInstanceOf(ConflictException.class).hasMessage("Child C-1001 is not reported missing");
        ReportingMissing.Reported reported = fakes.reporting.reportMissing("C-1001", new MissingReport(LAST_SEEN, null),
                CAROL);

        assertThatThrownBy(() -> fakes.reporting.reportReturned("C-1001", NOW.plusSeconds(60), CAROL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be in the future");
        assertThatThrownBy(() -> fakes.reporting.reportReturned("C-1001", LAST_SEEN.minusSeconds(60), CAROL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be before the child was last seen");
        assertThatThrownBy(() -> fakes.reporting.reportReturned("C-1001", null, CAROL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("returnedAt");
        assertThat(fakes.queries.ofConcern(reported.reference()).get(0).getReturnedAt()).isNull();

        Instant back = NOW.minusSeconds(600);
        assertThat(fakes.reporting.reportReturned("C-1001", back, CAROL))
                .isEqualTo(new ReportingMissing.Returned(reported.reference(), 1, back));
        MissingEpisode episode = fakes.queries.ofConcern(reported.reference()).get(0);
        assertThat(episode.getStatus()).isEqualTo(EpisodeStatus.RETURNED);
        assertThat(episode.getReturnedAt()).isEqualTo(back);
        assertThat(fakes.queries.currentlyMissing()).isEmpty();
        assertThat(fakes.workflow.told).last().isEqualTo("returned " + reported.reference() + " at " + back);
    }

    @Test
    void eachStepKeepsItsPartAndTheInterviewIsNotBeforeTheReturn() {
        String reference = fakes.reporting.reportMissing("C-1001", new MissingReport(LAST_SEEN, null), CAROL).reference();
        fakes.steps.reportedToPolice(reference, 1, new PoliceReport(LAST_SEEN.plusSeconds(600), "MPS-123", "Red coat",
                "The park"), "carol");
        fakes.steps.discussed(reference, 1, new StrategyDiscussion(NOW.minusSeconds(1200), "Police searching"), "sophie");
        Instant back = NOW.minusSeconds(600);
        fakes.reporting.reportReturned("C-1001", back, CAROL);

        assertThatThrownBy(() -> fakes.steps.interviewed(reference, 1,
                new ReturnInterview(back.minusSeconds(1), "Talked"), "ivan"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("interviewedAt");
        fakes.steps.interviewed(reference, 1, new ReturnInterview(NOW, "Talked"), "ivan");
        assertThatThrownBy(() -> fakes.steps.reviewed(reference, 1, "x".repeat(2001), "sam"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reviewNote");
        fakes.steps.reviewed(reference, 1, "No change", "sam");
        fakes.steps.closed(reference, 1);

        MissingEpisode episode = fakes.queries.ofConcern(reference).get(0);
        assertThat(episode.getPoliceCalledAt()).isEqualTo(LAST_SEEN.plusSeconds(600));
        assertThat(episode.getPoliceReference()).isEqualTo("MPS-123");
        assertThat(episode.getClothing()).isEqualTo("Red coat");
        assertThat(episode.getLastSeenDetails()).isEqualTo("The park");
        assertThat(episode.getDiscussionNotes()).isEqualTo("Police searching");
        assertThat(episode.getInterviewNotes()).isEqualTo("Talked");
        assertThat(episode.getInterviewedAt()).isEqualTo(NOW);
        assertThat(episode.getReviewNote()).isEqualTo("No change");
        assertThat(episode.getReviewedAt()).isEqualTo(NOW);
        assertThat(episode.getStatus()).isEqualTo(EpisodeStatus.CLOSED);
        assertThat(fakes.concern.chronology.typesOf(reference)).containsExactly(ConcernEventType.RAISED,
                ConcernEventType.MISSING_REPORTED, ConcernEventType.REPORTED_TO_POLICE, ConcernEventType.STRATEGY_DISCUSSED,
                ConcernEventType.RETURNED, ConcernEventType.RETURN_INTERVIEW_DONE, ConcernEventType.RISK_REVIEWED);
        assertThatThrownBy(() -> fakes.steps.closed(reference, 2)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aThirdEpisodeWithinNinetyDaysRaisesTheRiskToAtLeastHigh() {
        String reference = fakes.concern.raised("C-1001", "Seen getting into a car").getReference();
        fakes.concern.steps.assessRisk(reference, RiskLevel.LOW);
        for (int episode = 1; episode <= 3; episode++) {
            fakes.reporting.reportMissing("C-1001", new MissingReport(NOW.minus(Duration.ofDays(40L * (3 - episode))),
                    null), CAROL);
            if (episode < 3) {
                fakes.reporting.reportReturned("C-1001", NOW.minus(Duration.ofDays(40L * (3 - episode))).plusSeconds(60),
                        CAROL);
                assertThat(fakes.steps.applyRepeatRule(reference, episode)).isEmpty();
            }
        }
        // the first episode began 80 days before the third: all three count
        assertThat(fakes.steps.applyRepeatRule(reference, 3)).contains(RiskLevel.HIGH);
        assertThat(fakes.concern.queries.byReference(reference).getRiskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(fakes.concern.chronology.lines).extracting(Line::type).containsSubsequence(
                ConcernEventType.REPEATEDLY_MISSING, ConcernEventType.RISK_RAISED);
    }
}
