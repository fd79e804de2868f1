package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.audit.AuditEvent;
import uk.fostering.safeguarding.escalation.Resends;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/**
 * An email whose retries ran out (an incident) is sent again: by a fostering manager from the dashboard or
 * the API, audited, or by an administrator from Cockpit (Camunda's REST call), who still reads no concern.
 * Nobody else can, and their attempts change nothing.
 */
@IntegrationTest
class ResendFailedEmailTest {

    private static final Pattern RESEND_FORM = Pattern.compile(
            "action=\"/dashboard/failing-emails/([^/\"]+)/resend\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([0-9a-f]+)\"");

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    Audit audit;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    private GreenMail smtp;

    @BeforeEach
    void clockNow() {
        ClockUtil.setCurrentTime(new Date());
    }

    @AfterEach
    void stop() {
        ClockUtil.reset();
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aManagerSendsAFailedEmailAgainFromTheDashboardAndNobodyElseCan() throws Exception {
        // given an email to the SSW that failed until its retries ran out, and the mail server back
        Stuck stuck = stuckEmail("Found with an adult she met online");
        smtp = started();

        // when a carer, an SSW and the duty team (who see the dashboard, without the button) try to send it again
        for (String user : List.of("carol", "sam", "eddie")) {
            TasklistLogin browser = TasklistLogin.signIn(port, user);
            assertThat(browser.get("/dashboard").body()).doesNotContain("/failing-emails/" + stuck.jobId());
            assertThat(browser.postForm("/dashboard/failing-emails/" + stuck.jobId() + "/resend", "").statusCode())
                    .as(user).isEqualTo(403);
            assertThat(browser.postForm("/dashboard/failing-emails/resend", "").statusCode()).as(user).isEqualTo(403);
            assertThat(api(user, stuck.jobId()).getStatusCode().value()).as(user).isEqualTo(403);
        }
        // and a manager's browser posts without the page's form token (a forged cross-site post)
        TasklistLogin mark = TasklistLogin.signIn(port, "mark");
        assertThat(mark.postForm("/dashboard/failing-emails/" + stuck.jobId() + "/resend", "_csrf=forged").statusCode())
                .isEqualTo(403);
        // and a manager names a job that is not a failing email
        assertThat(api("mark", "no-such-job").getStatusCode().value()).isEqualTo(404);

        // then nothing was sent again
        assertNotResent(stuck);

        // when the manager presses "Send again" on the dashboard
        Matcher form = RESEND_FORM.matcher(mark.get("/dashboard").body());
        assertThat(form.find()).isTrue();
        assertThat(form.group(1)).isEqualTo(stuck.jobId());
        HttpResponse<String> answer = mark.postForm("/dashboard/failing-emails/" + stuck.jobId() + "/resend",
                "_csrf=" + form.group(2));

        // then the dashboard says so, the job executor may run the job now, and the SSW gets the email once
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("notification-banner--success")
                .contains("is being sent again").contains(stuck.reference());
        runAsTheJobExecutorWould(stuck.jobId());
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getHeader("X-Safeguarding-Key", null))
                .startsWith(stuck.reference() + "|");
        // and the re-send is in the concern's audit trail, with the kind of email and no address
        assertThat(audit.trail(stuck.reference())).filteredOn(e -> e.getAction().equals(Resends.EMAIL_RESENT))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("mark");
                    assertThat(e.getDetail()).isEqualTo("Email the SSW about the new concern").doesNotContain("@");
                });
        // and the dashboard no longer lists it; sending it again now changes nothing
        assertThat(json.readTree(mark.get("/dashboard/data").body()).get("stuck").findValuesAsText("jobId"))
                .doesNotContain(stuck.jobId());
        Matcher again = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"").matcher(mark.get("/dashboard").body());
        assertThat(again.find()).isTrue();
        assertThat(mark.postForm("/dashboard/failing-emails/" + stuck.jobId() + "/resend", "_csrf=" + again.group(1))
                .statusCode()).isEqualTo(404);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aManagerSendsAllAgainAndThroughTheApi() throws Exception {
        Stuck first = stuckEmail("Left school at lunchtime with older boys");
        Stuck second = stuckEmail("A taxi paid for by someone unknown");
        smtp = started();

        // the API, for one
        ResponseEntity<String> viaApi = api("mark", first.jobId());
        assertThat(viaApi.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(viaApi.getBody()).get("reference").asText()).isEqualTo(first.reference());

        // "Send all again" on the dashboard, for the rest
        TasklistLogin mark = TasklistLogin.signIn(port, "mark");
        Matcher token = Pattern.compile("id=\"resendAll\">\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([0-9a-f]+)\"")
                .matcher(mark.get("/dashboard").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> answer = mark.postForm("/dashboard/failing-emails/resend", "_csrf=" + token.group(1));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("being sent again");

        runAsTheJobExecutorWould(first.jobId());
        runAsTheJobExecutorWould(second.jobId());
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        for (Stuck stuck : List.of(first, second)) {
            assertThat(audit.trail(stuck.reference())).filteredOn(e -> e.getAction().equals(Resends.EMAIL_RESENT))
                    .extracting(AuditEvent::getActor).containsExactly("mark");
        }
    }

    @Test
    void anAdministratorRetriesInCockpitAndStillReadsNoConcern() throws Exception {
        Stuck stuck = stuckEmail("Bruises she would not explain");
        smtp = started();

        // a carer may not (Camunda refuses: no RETRY_JOB), and nothing changes
        assertThat(retries("carol", stuck.jobId()).getStatusCode().value()).isEqualTo(403);
        assertThat(job(stuck.jobId()).getRetries()).isZero();

        // when the administrator retries the job as Cockpit does
        assertThat(retries("admin", stuck.jobId()).getStatusCode().value()).isEqualTo(204);

        // then the job runs when it falls due, and the email is sent once
        Job retried = job(stuck.jobId());
        assertThat(retried.getRetries()).isEqualTo(1);
        if (retried.getDuedate() != null) {
            ClockUtil.setCurrentTime(retried.getDuedate());
        }
        runAsTheJobExecutorWould(stuck.jobId());
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        // and the administrator still sees nothing of the concern
        ResponseEntity<String> instances = http.withBasicAuth("admin", "admin").getForEntity(
                "/engine-rest/process-instance?maxResults=100&businessKey=" + stuck.reference(), String.class);
        assertThat(instances.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(instances.getBody())).isEmpty();
        assertThat(http.withBasicAuth("admin", "admin").getForEntity("/api/concerns/" + stuck.reference(), String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anAdministratorRetriesEveryFailedEmailOfOneKindThroughItsJobDefinition() throws Exception {
        Stuck stuck = stuckEmail("Missed contact and would not say where she was");
        smtp = started();
        String definition = job(stuck.jobId()).getJobDefinitionId();

        // the job definitions of the models are readable with READ on the definition, and their failed jobs retried
        ResponseEntity<String> definitions = http.withBasicAuth("admin", "admin").getForEntity(
                "/engine-rest/job-definition?maxResults=100&activityIdIn=" + Ids.NOTIFY_SSW, String.class);
        assertThat(json.readTree(definitions.getBody()).findValuesAsText("id")).contains(definition);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("admin", "admin").exchange("/engine-rest/job-definition/" + definition
                + "/retries", HttpMethod.PUT, new HttpEntity<>("{\"retries\":1}", headers), String.class)
                .getStatusCode().value()).isEqualTo(204);

        assertThat(job(stuck.jobId()).getRetries()).isEqualTo(1);
        ClockUtil.setCurrentTime(job(stuck.jobId()).getDuedate());
        runAsTheJobExecutorWould(stuck.jobId());
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private record Stuck(String reference, String jobId) {
    }

    /** A new concern whose email to the SSW failed at every attempt of the retry schedule: an incident now. */
    private Stuck stuckEmail(String summary) {
        var concern = new TestConcerns(engine).raiseInTasklist("carol", TestConcerns.startForm("C-1001", summary));
        Job email = engine.getManagementService().createJobQuery().processInstanceId(concern.getId())
                .activityId(Ids.NOTIFY_SSW).singleResult();
        new FailingJobs(engine).failEveryAttempt(email.getId());
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(email.getId()).count()).isEqualTo(1);
        return new Stuck(concern.getBusinessKey(), email.getId());
    }

    private void assertNotResent(Stuck stuck) {
        assertThat(job(stuck.jobId()).getRetries()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(stuck.jobId()).count()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(audit.trail(stuck.reference())).noneMatch(e -> e.getAction().equals(Resends.EMAIL_RESENT));
    }

    /** The job executor runs a job once it has retries and is due (no other job of the concern is run here). */
    private void runAsTheJobExecutorWould(String jobId) {
        ManagementService management = engine.getManagementService();
        assertThat(management.createJobQuery().jobId(jobId).executable().count()).as("due now").isEqualTo(1);
        management.executeJob(jobId);
    }

    private Job job(String jobId) {
        return engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
    }

    private ResponseEntity<String> api(String user, String jobId) {
        return http.withBasicAuth(user, user).postForEntity("/api/escalations/failing-emails/" + jobId + "/resend",
                null, String.class);
    }

    private ResponseEntity<String> retries(String user, String jobId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange("/engine-rest/job/" + jobId + "/retries", HttpMethod.PUT,
                new HttpEntity<>("{\"retries\":1}", headers), String.class);
    }

    private static GreenMail started() {
        GreenMail server = new GreenMail(TestMail.SMTP);
        server.start();
        return server;
    }
}
