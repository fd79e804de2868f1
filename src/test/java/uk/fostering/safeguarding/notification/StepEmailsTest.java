package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestInbox;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.TestRegistry;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.NotifiableProcess;

/**
 * Each human step of both models, walked on the real engine with the engine clock, emails each person it is
 * offered to exactly once, with the concern's reference and a link that opens that step for them (Tasklist for
 * staff, the carer's own step page for a carer), and nothing of the child's name or of what anyone wrote.
 * Each test has a child of its own (carer carol, SSW sam, social worker sophie).
 */
@IntegrationTest
class StepEmailsTest {

    private static final AtomicInteger CHILDREN = new AtomicInteger(9800); // C-9501 is MissingChildBrowserTest's, C-96xx the carer pages', C-97xx MissingPersonProfileTest's
    /** A Monday morning, in office hours, so that the child's social worker (not the duty team) is told. */
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final String CHILD_NAME = "Marigold";
    private static final String SUMMARY = "Came home late in a taxi nobody paid for";
    private static final String BASE = TestMail.BASE_URL;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    private TestConcerns steps;
    private String child;
    private final List<String> written = new ArrayList<>(List.of(CHILD_NAME, SUMMARY));

    @BeforeEach
    void aChildOfTheirOwn() {
        steps = new TestConcerns(engine);
        child = "C-" + CHILDREN.incrementAndGet();
        TestRegistry.placeChild(jdbc, child, CHILD_NAME, "Testchild", "2011-05-01", "carol", "sophie");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyStepOfAConcernEmailsItsPersonOnceWithALinkToIt() throws Exception {
        // when carol raises a concern
        String reference = steps.raiseInTasklist("carol", TestConcerns.startForm(child, SUMMARY)).getBusinessKey();
        steps.runDueJobs(reference);

        // then her SSW is told of the concern (the email of the advice step to come) and carol of her record; a concern
        // of exploitation is notifiable, so the registered manager is told of her two notifications
        String record = steps.openTask(reference, Ids.RECORD_CONCERN).getId();
        String ofsted = steps.openTask(reference, NotifiableProcess.Ids.NOTIFY_OFSTED).getId();
        String authority = steps.openTask(reference, NotifiableProcess.Ids.NOTIFY_PLACING_AUTHORITY).getId();
        assertThat(newEmails()).containsExactlyInAnyOrder(
                "sam@example.org New safeguarding concern " + reference + ": please contact the carer "
                        + BASE + "/concerns/" + reference,
                "carol@example.org Record the concern for concern " + reference + " is waiting for you "
                        + BASE + "/carer/steps/" + record,
                "rachel@example.org Notify Ofsted for concern " + reference + " is waiting for you "
                        + BASE + "/camunda/app/tasklist/default/#/?task=" + ofsted,
                "rachel@example.org Notify the placing authority for concern " + reference + " is waiting for you "
                        + BASE + "/camunda/app/tasklist/default/#/?task=" + authority);

        // when she records it: the advice is the SSW's, told already
        steps.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", written("facts")));
        steps.runDueJobs(reference);
        assertThat(newEmails()).isEmpty();

        // when sam advises that carol may talk with the child
        steps.complete(reference, Ids.ADVISE_CARER, Map.of("adviceToCarer", written("advice"), "consentConsidered", true,
                "talkWithChild", "YES", "talkGuidance", written("guidance")));
        steps.runDueJobs(reference);

        // then the social worker's notice is the email of her decision; carol hears nothing yet
        assertThat(newEmails()).containsExactly(
                "sophie@example.org Safeguarding concern " + reference + ": please acknowledge and decide next steps "
                        + BASE + "/concerns/" + reference);

        // when sophie decides, carol is told of the talk, as allowed: nobody talks with the child before the decision
        steps.complete(reference, Ids.DECIDE_NEXT_STEPS, Map.of("decision", "NO_FURTHER_ACTION",
                "decisionReasons", written("reasons")));
        steps.runDueJobs(reference);
        String talk = steps.openTask(reference, Ids.TALK_WITH_CHILD).getId();
        assertThat(newEmails()).containsExactly(
                "carol@example.org Talk with the child as advised for concern " + reference + " is waiting for you "
                        + BASE + "/carer/steps/" + talk);
        assertThat(TestMail.text(lastEmailTo("carol@example.org"))).contains("may now talk with the child");

        // when carol has talked with the child, sam is asked to share the decision and close
        steps.complete(reference, Ids.TALK_WITH_CHILD, Map.of("talkNotes", written("talk")));
        steps.runDueJobs(reference);
        String close = steps.openTask(reference, Ids.SHARE_DECISION_AND_CLOSE).getId();
        assertThat(newEmails()).containsExactly("sam@example.org Share the decision and close for concern " + reference
                + " is waiting for you " + BASE + "/camunda/app/tasklist/default/#/?task=" + close);
        assertThat(TestMail.text(lastEmailTo("sam@example.org"))).contains("may talk with the child, and they have done so");

        // when sam closes it, nobody is emailed again
        steps.complete(reference, ConcernProcess.Ids.SHARE_DECISION_AND_CLOSE, Map.of("decisionShared", true));
        steps.runDueJobs(reference);
        assertThat(newEmails()).isEmpty();
        assertEveryEmailCarriesTheReferenceAndNothingWritten(reference);
    }

    @Test
    void everyStepOfAMissingEpisodeEmailsEachPersonItIsOfferedToOnce() throws Exception {
        // when carol reports the child missing on a Monday morning, last seen an hour ago
        ClockUtil.setCurrentTime(Date.from(NOW));
        String reference = reportMissing();
        steps.runDueJobs(reference);

        // then carol is asked to report to the police, besides the SSW's and social worker's missing notice
        String police = steps.openTask(reference, MissingProcess.Ids.REPORT_TO_POLICE).getId();
        assertThat(newEmails()).contains("carol@example.org Report the missing child to the police for concern "
                + reference + " is waiting for you " + BASE + "/carer/steps/" + police);
        steps.complete(reference, MissingProcess.Ids.REPORT_TO_POLICE, TestConcerns.with(Map.of("policeReference",
                "PR-77", "clothing", written("clothing")), MissingProcess.FormFields.POLICE_CALLED_AT, NOW));

        // and, a missing child's concern being HIGH, the social worker and the SSW's manager are asked to meet at once
        String discussion = steps.openTask(reference, MissingProcess.Ids.HOLD_STRATEGY_DISCUSSION).getId();
        assertThat(waitingEmails()).isEmpty();
        assertThat(mailsAbout(discussion)).containsExactlyInAnyOrder(
                "sophie@example.org Hold a strategy discussion for concern " + reference + " is waiting for you "
                        + BASE + "/camunda/app/tasklist/default/#/?task=" + discussion,
                "mark@example.org Hold a strategy discussion for concern " + reference + " is waiting for you "
                        + BASE + "/camunda/app/tasklist/default/#/?task=" + discussion);
        steps.complete(reference, MissingProcess.Ids.HOLD_STRATEGY_DISCUSSION, TestConcerns.with(Map.of(
                "discussionNotes", written("discussion")), MissingProcess.FormFields.DISCUSSION_HELD_AT,
                ClockUtil.getCurrentTime().toInstant()));
        steps.runDueJobs(reference);
        assertThat(waitingEmails()).isEmpty();

        // when the social worker reports the child back, she is told by the step that asks her to arrange the interview
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(25))));
        Instant back = ClockUtil.getCurrentTime().toInstant().minus(Duration.ofMinutes(30));
        steps.as("sophie", () -> engine.getFormService().submitStartForm(definition(MissingProcess.REPORT_RETURNED_KEY),
                new HashMap<>(TestConcerns.with(Map.of("childId", child), MissingProcess.FormFields.RETURNED_AT, back))));
        steps.runDueJobs(reference);
        String arrange = steps.openTask(reference, MissingProcess.Ids.ARRANGE_RETURN_INTERVIEW).getId();
        assertThat(waitingEmails()).containsExactly("sophie@example.org Arrange an independent return interview for concern "
                + reference + " is waiting for you " + BASE + "/camunda/app/tasklist/default/#/?task=" + arrange);
        assertThat(TestMail.text(lastEmailTo("sophie@example.org"))).contains("The child is back");

        // when she arranges it with ivan, he alone is offered the interview
        steps.complete(reference, MissingProcess.Ids.ARRANGE_RETURN_INTERVIEW,
                Map.of(MissingProcess.FormFields.RETURN_INTERVIEWER, "ivan"));
        steps.runDueJobs(reference);
        Task interview = steps.openTask(reference, MissingProcess.Ids.RETURN_INTERVIEW);
        assertThat(waitingEmails()).containsExactly("ivan@example.org Hold the return interview for concern "
                + reference + " is waiting for you " + BASE + "/camunda/app/tasklist/default/#/?task=" + interview.getId());
        steps.complete(reference, MissingProcess.Ids.RETURN_INTERVIEW, TestConcerns.with(Map.of("interviewNotes",
                written("interview")), MissingProcess.FormFields.INTERVIEWED_AT, ClockUtil.getCurrentTime().toInstant()));
        steps.runDueJobs(reference);

        // then the SSW reviews the risk, and once that is done nobody is told again
        String review = steps.openTask(reference, MissingProcess.Ids.REVIEW_RISK_AFTER_RETURN).getId();
        assertThat(waitingEmails()).containsExactly("sam@example.org Review the risk after the return for concern "
                + reference + " is waiting for you " + BASE + "/camunda/app/tasklist/default/#/?task=" + review);
        steps.complete(reference, MissingProcess.Ids.REVIEW_RISK_AFTER_RETURN, Map.of());
        steps.runDueJobs(reference);
        assertThat(waitingEmails()).isEmpty();
        assertEveryEmailCarriesTheReferenceAndNothingWritten(reference);
    }

    @Test
    void aStepDoneBeforeItsEmailWentOutEmailsNobody() throws Exception {
        // given a concern whose record carol writes before the service ran its email
        String reference = steps.raiseInTasklist("carol", TestConcerns.startForm(child, SUMMARY)).getBusinessKey();
        steps.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", written("facts")));

        // when the due jobs run
        steps.runDueJobs(reference);

        // then only the SSW is told (besides the registered manager's notifications): nothing waits for carol any more
        assertThat(newEmails()).filteredOn(email -> !email.startsWith("rachel@"))
                .singleElement().asString().startsWith("sam@example.org New safeguarding concern");
    }

    private String reportMissing() {
        String episode = steps.as("carol", () -> engine.getFormService().submitStartForm(
                definition(MissingProcess.REPORT_MISSING_KEY), new HashMap<>(TestConcerns.with(Map.of("childId", child),
                        MissingProcess.FormFields.LAST_SEEN_AT, NOW.minus(Duration.ofHours(1))))).getId());
        assertThat(episode).isNotNull();
        return jdbc.queryForObject("select concern_reference from missing_episode where child_id = ?", String.class, child);
    }

    private String definition(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getId();
    }

    private String written(String what) {
        String text = "written-" + what + "-" + child;
        written.add(text);
        return text;
    }

    private final TestInbox inbox = new TestInbox(mail);

    private List<String> newEmails() throws MessagingException {
        return inbox.newEmails();
    }

    /** The step emails seen so far that link the task, each as "recipient subject link". */
    private List<String> mailsAbout(String taskId) throws MessagingException {
        List<String> about = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            String link = TestMail.linkIn(message);
            if (link != null && link.endsWith("task=" + taskId)) {
                about.add(message.getAllRecipients()[0] + " " + message.getSubject() + " " + link);
            }
        }
        return about;
    }

    /** The step emails among the new ones (escalations and missing notices left aside). */
    private List<String> waitingEmails() throws MessagingException {
        return newEmails().stream().filter(email -> email.contains(" is waiting for you ")).toList();
    }

    private MimeMessage lastEmailTo(String address) throws MessagingException {
        return inbox.lastTo(address);
    }

    private void assertEveryEmailCarriesTheReferenceAndNothingWritten(String reference) {
        assertThat(mail.getReceivedMessages()).isNotEmpty().allSatisfy(message -> {
            assertThat(message.getSubject()).contains(reference);
            String whole = TestMail.text(message);
            written.forEach(text -> assertThat(whole).doesNotContain(text));
        });
    }
}
