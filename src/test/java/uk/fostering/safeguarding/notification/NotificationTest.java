package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.process.HumanStep;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.escalation.EscalationReason;

/**
 * The catalogue's keys are pinned string for string: {@code sent_notification} holds keys written by earlier
 * releases, and a job retried after an upgrade must find its email there and not send it again.
 */
class NotificationTest {

    private static final String LINK = "http://localhost:8080/concerns/SC-2026-000123";

    @Test
    void aConcernsNoticeIsKeyedByReferenceKindAndRecipient() {
        assertThat(new Notification.AboutConcern(Notice.CONCERN_RAISED, "SC-2026-000123", null, LINK).key("sam"))
                .isEqualTo("SC-2026-000123|CONCERN_RAISED|sam");
        assertThat(new Notification.AboutConcern(Notice.SOCIAL_WORKER_NOTICE, "SC-2026-000123", null, LINK)
                .key("sophie")).isEqualTo("SC-2026-000123|SOCIAL_WORKER_NOTICE|sophie");
    }

    @Test
    void theSocialWorkersNoticeCarriesTheSswsDecisionOnTalkingButNotInItsKey() {
        for (var talk : java.util.Map.of("allowed", true, "not-yet", false).entrySet()) {
            var notice = new Notification.AboutConcern(Notice.SOCIAL_WORKER_NOTICE, "SC-2026-000123", null, LINK, talk.getValue());
            assertThat(notice.model()).containsEntry("talk", talk.getKey());
            assertThat(notice.key("sophie")).isEqualTo("SC-2026-000123|SOCIAL_WORKER_NOTICE|sophie");
        }
        assertThat(new Notification.AboutConcern(Notice.SOCIAL_WORKER_NOTICE, "SC-2026-000123", null, LINK).model())
                .containsEntry("talk", "not-advised");
    }

    @Test
    void aMissingEpisodesNoticeIsKeyedOncePerEpisode() {
        assertThat(new Notification.AboutConcern(Notice.CHILD_MISSING, "SC-2026-000123", 2, LINK).key("eddie"))
                .isEqualTo("SC-2026-000123|CHILD_MISSING|eddie|E2");
        assertThat(new Notification.AboutConcern(Notice.MISSING_REPEATED, "SC-2026-000123", 3, LINK).key("mark"))
                .isEqualTo("SC-2026-000123|MISSING_REPEATED|mark|E3");
    }

    @Test
    void anEscalationIsKeyedByTaskReasonAndRound() {
        assertThat(escalation(false, 1).key("mark")).isEqualTo("SC-2026-000123|ESCALATION|task-7|UNACKNOWLEDGED|1|mark");
        assertThat(escalation(true, 3).key("rachel")).isEqualTo("SC-2026-000123|ESCALATION|task-7|OVERDUE|3|rachel");
        // the key's reason is the escalation's reason as escalation names it
        assertThat(Arrays.stream(EscalationReason.values()).map(Enum::name))
                .containsExactly("UNACKNOWLEDGED", "OVERDUE");
    }

    @Test
    void aWaitingStepIsKeyedByTaskAndRecipientAndSaysWhatWasDecided() {
        var waiting = new Notification.StepWaiting("SC-2026-000123", "task-9", HumanStep.SHARE_DECISION_AND_CLOSE,
                "1 December 2026, 19:41", false, LINK);

        assertThat(waiting.key("sam")).isEqualTo("SC-2026-000123|STEP_WAITING|task-9|sam");
        assertThat(waiting.subject()).isEqualTo("Share the decision and close for concern SC-2026-000123 is waiting for you");
        assertThat(waiting.model()).containsEntry("step", "share-decision-and-close").containsEntry("talk", "not-yet")
                .containsEntry("due", "1 December 2026, 19:41").containsEntry("link", LINK);
        assertThat(new Notification.StepWaiting("SC-1", "t", HumanStep.RETURN_INTERVIEW, null, null, LINK).model())
                .containsEntry("due", "").containsEntry("talk", "not-advised");
        assertThatThrownBy(() -> new Notification.AboutConcern(Notice.STEP_WAITING, "SC-1", null, LINK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLoginChangeIsKeyedByTheChangeAndRecipient() {
        assertThat(new Notification.LoginChange("5f0c", "sam", "password changed", "admin", "2 December 2026, 10:15",
                "http://localhost:8080/camunda/app/admin/default/#/users/edit/sam").key("rachel"))
                .isEqualTo("identity-change|5f0c|rachel");
    }

    @Test
    void subjectsNameTheConcernAndNeverMoreThanTheFactsGiven() {
        assertThat(new Notification.AboutConcern(Notice.CONCERN_RAISED, "SC-1", null, LINK).subject())
                .isEqualTo("New safeguarding concern SC-1: please contact the carer");
        assertThat(new Notification.AboutConcern(Notice.SOCIAL_WORKER_NOTICE, "SC-1", null, LINK).subject())
                .isEqualTo("Safeguarding concern SC-1: please acknowledge and decide next steps");
        assertThat(new Notification.AboutConcern(Notice.CHILD_MISSING, "SC-1", 1, LINK).subject())
                .isEqualTo("Child missing from care, concern SC-1: please act now");
        assertThat(new Notification.AboutConcern(Notice.MISSING_REPEATED, "SC-1", 3, LINK).subject())
                .isEqualTo("Child missing again, concern SC-1: risk level raised");
        assertThat(escalation(false, 1).subject())
                .isEqualTo("Escalation (level 2): Advise the carer for concern SC-2026-000123 is not acknowledged");
        assertThat(escalation(true, 1).subject())
                .isEqualTo("Escalation (level 2): Advise the carer for concern SC-2026-000123 is overdue");
        assertThat(new Notification.LoginChange("5f0c", "sam", "login unlocked", "admin", "now", LINK).subject())
                .isEqualTo("Safeguarding service: a change to the login of sam");
    }

    @Test
    void anEmailCarriesTheKindsTemplatesAndTheModelOfItsFacts() {
        Email email = escalation(true, 2).to("mark", "mark@example.org");

        assertThat(email.key()).isEqualTo("SC-2026-000123|ESCALATION|task-7|OVERDUE|2|mark");
        assertThat(email.recipientId()).isEqualTo("mark");
        assertThat(email.address()).isEqualTo("mark@example.org");
        assertThat(email.template()).isEqualTo("escalation");
        assertThat(email.model()).containsEntry("reference", "SC-2026-000123").containsEntry("stepName", "Advise the carer")
                .containsEntry("responsible", "sam").containsEntry("level", 2).containsEntry("overdue", true)
                .containsEntry("link", "http://localhost:8080/camunda/app/tasklist/default/#/?task=task-7");
    }

    @Test
    void everyKindHasBothTemplates() {
        for (Notice notice : Notice.values()) {
            for (String suffix : new String[] {".html", ".txt"}) {
                assertThat(getClass().getResource("/templates/mail/" + notice.template() + suffix))
                        .as(notice + suffix).isNotNull();
            }
        }
    }

    @Test
    void theProcessNamesOnlyItsOwnKindsAndTheSocialWorkersNoticeIsChronicled() {
        assertThat(Notice.ofProcess("CHILD_MISSING")).isEqualTo(Notice.CHILD_MISSING);
        assertThatThrownBy(() -> Notice.ofProcess("ESCALATION")).hasMessage("Unknown notification ESCALATION");
        assertThatThrownBy(() -> Notice.ofProcess("null")).hasMessage("Unknown notification null");
        assertThatThrownBy(() -> new Notification.AboutConcern(Notice.IDENTITY_CHANGE, "SC-1", null, LINK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Notice.SOCIAL_WORKER_NOTICE.chronicled()).contains(ConcernEventType.SOCIAL_WORKER_NOTIFIED);
        assertThat(Notice.CONCERN_RAISED.chronicled()).isEmpty();
    }

    private static Notification.TaskEscalation escalation(boolean overdue, int round) {
        return new Notification.TaskEscalation("SC-2026-000123", "task-7", "Advise the carer", "sam", overdue, 2, round,
                "http://localhost:8080/camunda/app/tasklist/default/#/?task=task-7");
    }
}
