package uk.fostering.safeguarding.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.fostering.safeguarding.concern.ConcernFakes.NOW;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.ConcernFakes.FakeChronology.Line;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * The decision's follow-ups and the sign-off of the closing, with fakes of their ports: the date each follow-up
 * needs, what each records (narrative in the chronology, never in the audit line), and what is refused.
 * The fakes' clock is 10 March 2026, 10:00 UK time.
 */
class FollowUpStepsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final ConcernFakes fakes = new ConcernFakes();
    private final String reference = fakes.raised("C-1001", "Seen getting into a car").getReference();

    private Concern concern() {
        return fakes.concerns.findByReference(reference).orElseThrow();
    }

    private Line lastLine() {
        return fakes.chronology.lines.get(fakes.chronology.lines.size() - 1);
    }

    private static DecisionStep decision(NextStep next, LocalDate reviewOn, LocalDate dueOn) {
        return new DecisionStep(next, "Because of what the carer saw", reviewOn, dueOn);
    }

    @Test
    void monitoringStartsWithAReviewAtNineOnTheDayChosen() {
        FollowUpPlan plan = fakes.steps.decide(reference, decision(NextStep.MONITOR, TODAY.plusDays(14), null), "sophie");

        assertThat(plan).isEqualTo(new FollowUpPlan(NextStep.MONITOR, null, Instant.parse("2026-03-24T09:00:00Z")));
        assertThat(lastLine()).extracting(Line::type, Line::note)
                .containsExactly(ConcernEventType.DECIDED, "MONITOR, first review 24 March 2026 09:00");
    }

    @Test
    void anAssessmentIsDueAtFiveOnTheDayChosenInUkTime() {
        // 2 April 2026 is in British Summer Time: 17:00 in London is 16:00 UTC
        FollowUpPlan plan = fakes.steps.decide(reference,
                decision(NextStep.EXPLOITATION_RISK_ASSESSMENT, null, LocalDate.of(2026, 4, 2)), "sophie");

        assertThat(plan.assessmentDueAt()).isEqualTo(Instant.parse("2026-04-02T16:00:00Z"));
        assertThat(plan.reviewAt()).isNull();
    }

    @Test
    void theOtherDecisionsNeedNoDate() {
        assertThat(fakes.steps.decide(reference, decision(NextStep.STRATEGY_DISCUSSION, null, null), "sophie"))
                .isEqualTo(new FollowUpPlan(NextStep.STRATEGY_DISCUSSION, null, null));
        assertThat(fakes.steps.decide(reference, decision(NextStep.POLICE_REFERRAL, TODAY.plusDays(3), null), "sophie"))
                .as("a date the decision does not need is not used").isEqualTo(new FollowUpPlan(NextStep.POLICE_REFERRAL, null, null));
    }

    @Test
    void aFollowUpsDateMustBeAfterTodayAndWithinAYear() {
        assertRefused(decision(NextStep.MONITOR, null, null), "reviewOnDay", "Enter the date of the first review");
        assertRefused(decision(NextStep.MONITOR, TODAY, null), "reviewOnDay", "Enter a date of the first review after today");
        assertRefused(decision(NextStep.MONITOR, TODAY.plusDays(367), null), "reviewOnDay",
                "Enter a date of the first review within a year from today");
        assertRefused(decision(NextStep.EXPLOITATION_RISK_ASSESSMENT, null, TODAY.minusDays(1)), "assessmentDueOnDay",
                "Enter a date of the day the assessment is due after today");
        assertThat(concern().getDecision()).as("nothing was stored").isNull();
    }

    @Test
    void noFurtherActionNeedsItsReason() {
        assertThatThrownBy(() -> fakes.steps.decide(reference, new DecisionStep(NextStep.NO_FURTHER_ACTION, " ", null, null),
                "sophie")).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(p -> p.field() + ": " + p.message())
                        .containsExactly("decisionReasons: say why no further action is needed"));
        assertThat(fakes.steps.decide(reference, new DecisionStep(NextStep.NO_FURTHER_ACTION, "Explained by a new job",
                null, null), "sophie")).isEqualTo(new FollowUpPlan(NextStep.NO_FURTHER_ACTION, null, null));
    }

    @Test
    void eachFollowUpKeepsWhatWasWrittenInTheChronologyAndOnlyTheFactsInTheAuditLine() {
        fakes.followUps.strategyDiscussionHeld(reference, new StrategyDiscussionStep(NOW.minusSeconds(3600), true, true,
                "Police to visit the address", true), "sophie");
        assertThat(lastLine()).extracting(Line::type, Line::note, Line::auditDetail).containsExactly(
                ConcernEventType.STRATEGY_DISCUSSED,
                "held 10 March 2026 09:00; police took part, health took part; section 47 enquiry: yes. Police to visit the address",
                "held 10 March 2026 09:00; police took part, health took part; section 47 enquiry: yes");

        fakes.followUps.referredToPolice(reference, new PoliceReferralStep(NOW, "CR/123/26"), "sophie");
        assertThat(lastLine()).extracting(Line::type, Line::note, Line::auditDetail).containsExactly(
                ConcernEventType.REFERRED_TO_POLICE, "referred 10 March 2026 10:00; crime reference CR/123/26",
                "referred 10 March 2026 10:00; crime reference recorded");

        fakes.followUps.exploitationRiskAssessed(reference, new AssessmentStep("Risk reduced; plan agreed"), "sophie");
        assertThat(lastLine()).extracting(Line::type, Line::note, Line::auditDetail).containsExactly(
                ConcernEventType.EXPLOITATION_RISK_ASSESSED, "Risk reduced; plan agreed", null);
    }

    @Test
    void aFollowUpRefusesWhatIsMissingNamingTheField() {
        assertThatThrownBy(() -> fakes.followUps.strategyDiscussionHeld(reference,
                new StrategyDiscussionStep(NOW, true, false, "", null), "sophie"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(p -> p.field()).containsExactly("discussionOutcome", "section47Enquiry"));
        assertThatThrownBy(() -> fakes.followUps.referredToPolice(reference, new PoliceReferralStep(NOW, " "), "sophie"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(p -> p.field() + ": " + p.message())
                        .containsExactly("crimeReference: enter the crime reference the police gave"));
        assertThat(fakes.chronology.lines).extracting(Line::type).doesNotContain(ConcernEventType.STRATEGY_DISCUSSED,
                ConcernEventType.REFERRED_TO_POLICE);
    }

    @Test
    void aReviewKeepsMonitoringUntilTheNextDateOrEndsIt() {
        assertThat(fakes.followUps.monitoringReviewed(reference, new MonitoringReview("Calmer at home", true,
                TODAY.plusDays(28)), "sophie")).contains(Instant.parse("2026-04-07T08:00:00Z"));
        assertThat(lastLine()).extracting(Line::note, Line::auditDetail).containsExactly(
                "monitoring goes on, next review 7 April 2026 09:00. Calmer at home",
                "monitoring goes on, next review 7 April 2026 09:00");

        assertThatThrownBy(() -> fakes.followUps.monitoringReviewed(reference, new MonitoringReview("Calmer", true, null),
                "sophie")).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(p -> p.field()).containsExactly("nextReviewOnDay"));

        assertThat(fakes.followUps.monitoringReviewed(reference, new MonitoringReview("No new signs", false, null),
                "sophie")).isEmpty();
        assertThat(lastLine().auditDetail()).isEqualTo("monitoring ends");
    }

    @Test
    void aHighRiskConcernStaysOpenUntilAManagerSignsOffItsClosing() {
        fakes.steps.assessRisk(reference, RiskLevel.HIGH);
        fakes.steps.close(reference, new CloseStep(true, "Shared."), "sam");
        assertThat(concern().getStatus()).isEqualTo(ConcernStatus.OPEN);
        assertThat(lastLine().note()).isEqualTo("waits for a fostering manager's sign-off");

        // sending it back needs a reason, and leaves the concern open
        assertThatThrownBy(() -> fakes.followUps.closingSignedOff(reference, new SignOffStep(false, null), "mark"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(p -> p.field()).containsExactly("signOffNote"));
        assertThat(fakes.followUps.closingSignedOff(reference, new SignOffStep(false, "Tell the carer in person"), "mark"))
                .isFalse();
        assertThat(concern().getStatus()).isEqualTo(ConcernStatus.OPEN);
        assertThat(lastLine()).extracting(Line::type, Line::note, Line::auditDetail)
                .containsExactly(ConcernEventType.CLOSING_SENT_BACK, "Tell the carer in person", null);

        // signed off, it closes
        fakes.steps.close(reference, new CloseStep(true, "Told in person."), "sam");
        assertThat(fakes.followUps.closingSignedOff(reference, new SignOffStep(true, null), "rachel")).isTrue();
        assertThat(concern().getStatus()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(lastLine().type()).isEqualTo(ConcernEventType.CLOSING_SIGNED_OFF);
    }

    @Test
    void aMediumRiskConcernClosesWithTheSswsClosing() {
        fakes.steps.assessRisk(reference, RiskLevel.MEDIUM);
        fakes.steps.close(reference, new CloseStep(true, "Shared."), "sam");
        assertThat(concern().getStatus()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(lastLine().note()).isNull();
    }

    private void assertRefused(DecisionStep step, String field, String message) {
        assertThatThrownBy(() -> fakes.steps.decide(reference, step, "sophie"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(p -> p.field() + ": " + p.message()).containsExactly(field + ": " + message));
    }
}
