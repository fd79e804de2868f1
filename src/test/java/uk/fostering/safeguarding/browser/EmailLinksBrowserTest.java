package uk.fostering.safeguarding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.TestRegistry;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.MissingProcess;

/**
 * Every kind of recipient reads their email (from GreenMail), signs in and follows its link: the task's form opens
 * in Tasklist, or the concern's page, never "does not exist", 403 or 404. Carers' links go to their own step pages
 * (the carers' pages); carol follows hers too. Each test has a child of its own, placed with carol.
 */
@Tag("browser")
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class EmailLinksBrowserTest {

    private static final AtomicInteger CHILDREN = new AtomicInteger(9900); // C-98xx are StepEmailsTest's
    /** A Saturday evening: out of office hours, so the duty team is told of each escalation as well. */
    private static final Instant SATURDAY_EVENING = Instant.parse("2026-11-28T20:00:00Z");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;
    private TestConcerns steps;
    private String child;

    @BeforeEach
    void aChildOfTheirOwn(Browser browser) {
        this.browser = browser;
        steps = new TestConcerns(engine);
        child = "C-" + CHILDREN.incrementAndGet();
        TestRegistry.placeChild(jdbc, child, "Linkchild", "Testchild", "2011-05-01", "carol", "sophie");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachRecipientOfAConcernsEmailsOpensWhatItLinks() throws Exception {
        // given a concern raised on a Saturday evening whose record nobody acknowledges for five hours
        String reference = atClock(SATURDAY_EVENING, () -> steps.raiseInTasklist("carol", TestConcerns.with(
                TestConcerns.startForm(child, "Picked up by an unknown car twice this week"),
                ConcernProcess.FormFields.OBSERVED_AT, SATURDAY_EVENING.minus(Duration.ofHours(1)))).getBusinessKey());
        String record = steps.openTask(reference, Ids.RECORD_CONCERN).getId();
        atClock(SATURDAY_EVENING, () -> runJobs(reference));
        atClock(SATURDAY_EVENING.plus(Duration.ofMinutes(4 * 60 + 1)), () -> runJobs(reference));
        atClock(SATURDAY_EVENING.plus(Duration.ofMinutes(5 * 60 + 2)), () -> runJobs(reference));

        // then carol's email leads to her own page of the step
        opensCarerStep(linkOf("carol", "Record the concern for concern " + reference), record, "Record the concern");
        // and the SSW's leads to the concern's page
        opensConcernPage("sam", linkOf("sam", "New safeguarding concern " + reference), reference);
        // and the escalation of carol's record opens her task for the SSW (level 1), the registered manager (level 2)
        // and the duty team, none of whom it is offered to
        opensTask("sam", linkOf("sam", "Escalation (level 1): Record the concern for concern " + reference), record);
        opensTask("rachel", linkOf("rachel", "Escalation (level 2): Record the concern for concern " + reference), record);
        opensTask("eddie", linkOf("eddie", "Escalation (level 1): Record the concern for concern " + reference), record);

        // when carol records it and sam leaves the advice unacknowledged into the night
        Instant recorded = SATURDAY_EVENING.plus(Duration.ofMinutes(5 * 60 + 5));
        atClock(recorded, () -> {
            steps.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Silver car, 22:00, twice."));
            return runJobs(reference);
        });
        String advice = steps.openTask(reference, Ids.ADVISE_CARER).getId();
        atClock(recorded.plus(Duration.ofMinutes(4 * 60 + 2)), () -> runJobs(reference));

        // then the escalation of sam's advice opens it for his manager
        opensTask("mark", linkOf("mark", "Escalation (level 1): Advise the carer for concern " + reference), advice);

        // and once he has advised, the child's social worker's notice opens the concern
        atClock(recorded.plus(Duration.ofMinutes(4 * 60 + 3)), () -> {
            steps.complete(reference, Ids.ADVISE_CARER, Map.of("adviceToCarer", "Note the car's number.",
                    "consentConsidered", true, "talkWithChild", "NO"));
            return runJobs(reference);
        });
        opensConcernPage("sophie", linkOf("sophie", "Safeguarding concern " + reference + ": please acknowledge"),
                reference);
    }

    @Test
    void theReturnInterviewerOpensHisInterviewAndTheConcernItBelongsTo() throws Exception {
        // given carol reports the child missing and the social worker reports them back
        String episode = steps.as("carol", () -> engine.getFormService().submitStartForm(
                definition(MissingProcess.REPORT_MISSING_KEY), new HashMap<>(TestConcerns.with(Map.of("childId", child),
                        MissingProcess.FormFields.LAST_SEEN_AT, Instant.now().minus(Duration.ofHours(3))))).getId());
        assertThat(episode).isNotNull();
        String reference = jdbc.queryForObject("select concern_reference from missing_episode where child_id = ?",
                String.class, child);
        runJobs(reference);
        String police = steps.openTask(reference, MissingProcess.Ids.REPORT_TO_POLICE).getId();
        opensCarerStep(linkOf("carol", "Report the missing child to the police for concern " + reference), police,
                "Report the missing child to the police");
        steps.complete(reference, MissingProcess.Ids.REPORT_TO_POLICE, TestConcerns.with(Map.of("policeReference", "PR-9",
                "clothing", "Blue coat"), MissingProcess.FormFields.POLICE_CALLED_AT, Instant.now().minus(Duration.ofHours(2))));
        steps.as("sophie", () -> engine.getFormService().submitStartForm(definition(MissingProcess.REPORT_RETURNED_KEY),
                new HashMap<>(TestConcerns.with(Map.of("childId", child), MissingProcess.FormFields.RETURNED_AT,
                        Instant.now().minus(Duration.ofHours(1))))));
        runJobs(reference);

        // then sophie's email opens the arrangement of the interview, which she gives to ivan
        String arrange = steps.openTask(reference, MissingProcess.Ids.ARRANGE_RETURN_INTERVIEW).getId();
        opensTask("sophie", linkOf("sophie", "Arrange an independent return interview for concern " + reference), arrange);
        steps.complete(reference, MissingProcess.Ids.ARRANGE_RETURN_INTERVIEW,
                Map.of(MissingProcess.FormFields.RETURN_INTERVIEWER, "ivan"));
        runJobs(reference);

        // and ivan's email opens the interview, and the concern page of the episode opens for him too
        String interview = steps.openTask(reference, MissingProcess.Ids.RETURN_INTERVIEW).getId();
        opensTask("ivan", linkOf("ivan", "Hold the return interview for concern " + reference), interview);
        opensConcernPage("ivan", TestMail.BASE_URL + "/concerns/" + reference, reference);
    }

    /** Signs in as the person, follows the link on this test's server and waits for the task's form. */
    private void opensTask(String user, String link, String taskId) throws Exception {
        assertThat(link).isEqualTo(TestMail.BASE_URL + "/camunda/app/tasklist/default/#/?task=" + taskId);
        browser.signInToTasklist(base(), user);
        browser.driver.get(onThisServer(link));
        browser.visible(By.cssSelector(".fjs-form"));
        assertThat(browser.visibleText()).as(user + " opens " + link).doesNotContain("does not exist", "not authorized");
        browser.screenshot("20-email-link-task-" + user);
    }

    /** Signs in as carol and follows her link: her own page of the step opens, with the step's reference. */
    private void opensCarerStep(String link, String taskId, String title) {
        assertThat(link).isEqualTo(TestMail.BASE_URL + "/carer/steps/" + taskId);
        browser.signInToTasklist(base(), "carol");
        browser.driver.get(onThisServer(link));
        assertThat(browser.visible(By.tagName("h1")).getText()).as("carol opens " + link).startsWith(title);
        browser.screenshot("20-email-link-carer-step");
        // opening it was carol's claim: the step is acknowledged
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("carol");
    }

        private void opensConcernPage(String user, String link, String reference) {
        assertThat(link).isEqualTo(TestMail.BASE_URL + "/concerns/" + reference);
        browser.signInToTasklist(base(), user);
        browser.driver.get(onThisServer(link));
        assertThat(browser.visible(By.tagName("h1")).getText()).as(user + " opens " + link).contains(reference);
    }

    /** The link in the one email to the person whose subject starts so. */
    private static String linkOf(String user, String subject) throws MessagingException {
        MimeMessage[] matching = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> TestMail.recipient(m).equals(user + "@example.org") && TestMail.subject(m).startsWith(subject))
                .toArray(MimeMessage[]::new);
        assertThat(matching).as("emails to " + user + ": " + subject).hasSize(1);
        return TestMail.linkIn(matching[0]);
    }

    private String onThisServer(String link) {
        return link.replace(TestMail.BASE_URL, base());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String definition(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getId();
    }

    private boolean runJobs(String reference) {
        steps.runDueJobs(reference);
        return true;
    }

    /** Runs the engine's work at that time on the engine clock, then back to real time for the browser. */
    private static <T> T atClock(Instant at, java.util.function.Supplier<T> work) {
        ClockUtil.setCurrentTime(Date.from(at));
        try {
            return work.get();
        } finally {
            ClockUtil.reset();
        }
    }
}
