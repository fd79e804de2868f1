package uk.fostering.safeguarding.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.fostering.safeguarding.concern.ConcernFakes.FRANK;
import static uk.fostering.safeguarding.concern.ConcernFakes.NOW;
import static uk.fostering.safeguarding.concern.ConcernFakes.SAM;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.ConcernFakes.FakeChronology.Line;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.shared.RiskLevel;

/** The step outcomes' rules, with fakes of their ports: each step's part, its chronology line, what is refused. */
class ConcernStepsTest {

    private final ConcernFakes fakes = new ConcernFakes();
    private final String reference = fakes.raised("C-1001", "Seen getting into a car").getReference();

    private Concern concern() {
        return fakes.concerns.findByReference(reference).orElseThrow();
    }

    private List<Line> linesAfterRaise() {
        return fakes.chronology.lines.subList(1, fakes.chronology.lines.size());
    }

    @Test
    void eachStepKeepsItsPartAndAddsItsLine() {
        fakes.steps.assessRisk(reference, RiskLevel.MEDIUM);
        fakes.steps.record(reference, new RecordStep("Seen at 9pm.", "He said it's fine", "Worried"), "carol");
        fakes.steps.advise(reference, new AdviceStep("Keep notes.", true, false, null), "sam");
        fakes.steps.decide(reference, new DecisionStep(NextStep.POLICE_REFERRAL, "Known to the police", null, null), "sophie");
        fakes.steps.close(reference, new CloseStep(true, "Shared on the phone."), "sam");

        Concern c = concern();
        assertThat(c.getRiskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(c.getRecordFacts()).isEqualTo("Seen at 9pm.");
        assertThat(c.getRecordChildWords()).isEqualTo("He said it's fine");
        assertThat(c.getRecordCarerView()).isEqualTo("Worried");
        assertThat(c.getRecordedAt()).isEqualTo(NOW);
        assertThat(c.getAdvice()).isEqualTo("Keep notes.");
        assertThat(c.getMayTalkWithChild()).isFalse();
        assertThat(c.getDecision()).isEqualTo(NextStep.POLICE_REFERRAL);
        assertThat(c.getDecisionReasons()).isEqualTo("Known to the police");
        assertThat(c.getTalkNotes()).isNull();
        assertThat(c.getTalkedAt()).isNull();
        assertThat(c.getClosingNote()).isEqualTo("Shared on the phone.");
        assertThat(c.getStatus()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(linesAfterRaise()).extracting(Line::type, Line::note).containsExactly(
                tuple(ConcernEventType.RISK_ASSESSED, "MEDIUM"),
                tuple(ConcernEventType.RECORDED, null),
                tuple(ConcernEventType.ADVISED, "carer should not talk with the child yet"),
                tuple(ConcernEventType.DECIDED, "POLICE_REFERRAL"),
                tuple(ConcernEventType.CLOSED, null));
    }

    @Test
    void adviceThatLetsTheCarerTalkNeedsGuidanceAndOtherwiseKeepsNone() {
        assertThatThrownBy(() -> fakes.steps.advise(reference, new AdviceStep("Keep notes.", true, true, " "), "sam"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("talkGuidance"));
        assertThat(concern().getAdvisedAt()).isNull();
        assertThat(linesAfterRaise()).isEmpty();

        fakes.steps.advise(reference, new AdviceStep("Keep notes.", true, false, "Ignored: no talk"), "sam");
        assertThat(concern().getTalkGuidance()).isNull();
        fakes.steps.advise(reference, new AdviceStep("Keep notes.", true, true, "Somewhere calm"), "sam");
        assertThat(concern().getTalkGuidance()).isEqualTo("Somewhere calm");
        assertThat(linesAfterRaise()).last().extracting(Line::note).isEqualTo("carer may talk with the child");
    }

    @Test
    void theRiskIsOnlyRaisedAndARaiseNeedsAReasonThatTheAuditTrailDoesNotCarry() {
        fakes.steps.assessRisk(reference, RiskLevel.HIGH);

        for (RiskLevel notHigher : List.of(RiskLevel.LOW, RiskLevel.HIGH)) {
            assertThatThrownBy(() -> fakes.steps.raiseRisk(reference, notHigher, "Seems calmer", "sam"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("raiseRiskLevel")
                    .hasMessageContaining("already high: choose a higher level");
        }
        for (String noReason : new String[] {null, " ", "x".repeat(501)}) {
            assertThatThrownBy(() -> fakes.steps.raiseRisk(reference, RiskLevel.CRITICAL, noReason, "sam"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("riskLevelReason");
        }
        assertThat(concern().getRiskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(linesAfterRaise()).hasSize(1);

        fakes.steps.raiseRisk(reference, RiskLevel.CRITICAL, "Known associates", "sam");
        assertThat(concern().getRiskLevel()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(linesAfterRaise()).last().satisfies(line -> {
            assertThat(line.type()).isEqualTo(ConcernEventType.RISK_RAISED);
            assertThat(line.note()).isEqualTo("CRITICAL: Known associates");
            assertThat(line.auditDetail()).isEqualTo("CRITICAL");
        });
    }

    @Test
    void aRuleRaisesTheRiskToAFloorAndLeavesAHigherLevelAlone() {
        fakes.steps.assessRisk(reference, RiskLevel.MEDIUM);
        assertThat(fakes.steps.raiseRiskToAtLeast(reference, RiskLevel.HIGH, "missing 3 times")).isEqualTo(RiskLevel.HIGH);
        assertThat(linesAfterRaise()).last().extracting(Line::actor, Line::note)
                .containsExactly("system", "HIGH: missing 3 times");

        fakes.steps.assessRisk(reference, RiskLevel.CRITICAL);
        int lines = fakes.chronology.lines.size();
        assertThat(fakes.steps.raiseRiskToAtLeast(reference, RiskLevel.HIGH, "missing 4 times"))
                .isEqualTo(RiskLevel.CRITICAL);
        assertThat(fakes.chronology.lines).hasSize(lines);
    }

    @Test
    void theSswAsksForTheSocialWorkerToBeToldAndItIsAudited() {
        fakes.steps.requestSocialWorkerNotice(reference, SAM);

        assertThat(fakes.workflow.socialWorkerNotices).containsExactly(reference);
        assertThat(fakes.audit.lines()).containsExactly("sam SOCIAL_WORKER_NOTICE_REQUESTED " + reference + " null");
    }

    @Test
    void aClosedConcernRefusesASocialWorkerNoticeAndAnUnseenOneIsNotFound() {
        assertThatThrownBy(() -> fakes.steps.requestSocialWorkerNotice(reference, FRANK))
                .isInstanceOf(NotFoundException.class).hasMessage("Concern " + reference + " not found");
        assertThatThrownBy(() -> fakes.steps.requestSocialWorkerNotice("SC-2026-999999", SAM))
                .isInstanceOf(NotFoundException.class);
        fakes.steps.close(reference, new CloseStep(true, "Shared."), "sam");

        assertThatThrownBy(() -> fakes.steps.requestSocialWorkerNotice(reference, SAM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the concern is closed");
        assertThat(fakes.workflow.socialWorkerNotices).isEmpty();
        assertThat(fakes.audit.lines()).isEmpty();
    }

    @Test
    void aStepOfAConcernThatDoesNotExistIsNotFoundAndBadInputChangesNothing() {
        assertThatThrownBy(() -> fakes.steps.record("SC-2026-999999", new RecordStep("Seen.", null, null), "carol"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fakes.steps.record(reference, new RecordStep(" ", null, null), "carol"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("facts");
        assertThat(concern().getRecordedAt()).isNull();
        assertThat(linesAfterRaise()).isEmpty();
    }

    @Test
    void aNoteAboutTheChildGoesOnTheirOpenConcernOrElseTheirLatest() {
        assertThat(fakes.steps.noteAboutChild("C-1001", "sam", ConcernEventType.MISSING_PROFILE_CHANGED, "fields phone"))
                .contains(reference);
        fakes.steps.close(reference, new CloseStep(true, "Shared."), "sam");
        assertThat(fakes.steps.noteAboutChild("C-1001", "sam", ConcernEventType.MISSING_PROFILE_CHANGED, "fields places"))
                .contains(reference);
        assertThat(fakes.steps.noteAboutChild("C-1003", "sam", ConcernEventType.MISSING_PROFILE_CHANGED, "fields phone"))
                .isEmpty();
        assertThat(fakes.chronology.typesOf(reference)).containsExactly(ConcernEventType.RAISED,
                ConcernEventType.MISSING_PROFILE_CHANGED, ConcernEventType.CLOSED, ConcernEventType.MISSING_PROFILE_CHANGED);
    }
}
