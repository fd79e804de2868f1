package uk.fostering.safeguarding.concern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestInbox;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.TestRegistry;
import uk.fostering.safeguarding.process.ConcernProcess.FormFields;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/**
 * Issue 16, point 1, on the real engine with the engine clock and a real mail server: a HIGH or CRITICAL concern is
 * offered to the child's social worker (the duty team out of hours) the moment it is raised, emailed with the reference
 * and a link only, and escalated on its own short clock; a carer who says the child is in danger right now says whether,
 * when and under which reference the police were called, and the service refuses answers that do not fit together.
 * Each test has a child of its own (carer carol, SSW sam, social worker sophie).
 */
@IntegrationTest
class UrgentConcernTest {

    private static final AtomicInteger CHILDREN = new AtomicInteger(9340); // C-93xx are this class's
    /** A Monday morning, in office hours. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T10:00:00Z");
    /** A Saturday afternoon: the social workers' office is closed. */
    private static final Instant SATURDAY = Instant.parse("2026-11-28T15:00:00Z");
    private static final String CHILD_NAME = "Primrose";
    private static final String SUMMARY = "Got into a car with two men who said they would hurt her";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    private TestConcerns steps;
    private String child;
    private final Set<String> seen = new HashSet<>();
    private final TestInbox inbox = new TestInbox(mail);

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
    void aCriticalConcernReachesTheSocialWorkerTheMomentItIsRaised() throws Exception {
        // given a Monday morning
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));

        // when carol raises a concern with the child in danger, having called the police ten minutes ago
        Instant called = MONDAY_MORNING.minus(Duration.ofMinutes(10));
        String reference = steps.raiseInTasklist("carol", inDanger(Map.of(FormFields.POLICE_CALLED, "YES",
                FormFields.POLICE_REFERENCE, "CAD 1234/30NOV"), called)).getBusinessKey();

        // then it is CRITICAL, and the social worker's urgent acknowledgement is open already: no time passed on the
        // engine clock (the old path waited for the carer's record and the SSW's advice, up to 1 + 4 + 2 hours)
        Task urgent = steps.openTask(reference, Ids.ACKNOWLEDGE_URGENT_CONCERN);
        assertThat(urgent).as("urgent acknowledgement").isNotNull();
        Instant raisedAt = jdbc.queryForObject("select raised_at from concern where reference = ?",
                OffsetDateTime.class, reference).toInstant();
        assertThat(Duration.between(raisedAt, urgent.getCreateTime().toInstant())).isLessThanOrEqualTo(Duration.ZERO);
        assertThat(candidates(urgent)).containsExactly("sophie");
        assertThat(urgent.getName()).isEqualTo("Acknowledge the urgent concern: " + reference + ", " + child);
        // acknowledge within 15 minutes, complete within an hour at CRITICAL (application.yaml)
        assertThat(urgent.getDueDate()).isEqualTo(Date.from(MONDAY_MORNING.plus(Duration.ofHours(1))));
        assertThat(steps.openTask(reference, Ids.RECORD_CONCERN)).as("the carer's record, beside it").isNotNull();

        // and what carol said about the police is on the concern, to the minute
        Map<String, Object> police = jdbc.queryForMap("select police_called, police_reference from concern "
                + "where reference = ?", reference);
        assertThat(police).containsEntry("police_called", true).containsEntry("police_reference", "CAD 1234/30NOV");
        assertThat(jdbc.queryForObject("select police_called_at from concern where reference = ?", OffsetDateTime.class,
                reference).toInstant()).isEqualTo(called.truncatedTo(ChronoUnit.MINUTES));

        // when the service runs its jobs, sophie is emailed the step: the reference and a link to it, nothing written
        steps.runDueJobs(reference);
        assertThat(newEmails()).contains("sophie@example.org Acknowledge the urgent concern for concern " + reference
                + " is waiting for you " + TestMail.BASE_URL + "/camunda/app/tasklist/default/#/?task=" + urgent.getId());
        MimeMessage toSophie = inbox.lastTo("sophie@example.org");
        assertThat(TestMail.text(toSophie)).contains(reference, "high or critical risk")
                .doesNotContain(CHILD_NAME, SUMMARY, "CAD 1234");

        // when sophie acknowledges it with what she did
        steps.complete(reference, Ids.ACKNOWLEDGE_URGENT_CONCERN, Map.of(FormFields.IMMEDIATE_ACTIONS,
                "Rang the police control room and agreed a visit tonight", FormFields.SPOKE_TO_CARER, "YES"));

        // then it is on the concern and in its chronology, the text out of the engine, and the carer's record still waits
        Map<String, Object> acknowledged = jdbc.queryForMap("select urgent_actions, urgent_spoke_to_carer, "
                + "urgent_acknowledged_by from concern where reference = ?", reference);
        assertThat(acknowledged).containsEntry("urgent_actions", "Rang the police control room and agreed a visit tonight")
                .containsEntry("urgent_spoke_to_carer", true).containsEntry("urgent_acknowledged_by", "sophie");
        assertThat(jdbc.queryForList("select type from concern_event e join concern c on c.id = e.concern_id "
                + "where c.reference = ?", String.class, reference)).contains("URGENT_ACKNOWLEDGED");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName(FormFields.IMMEDIATE_ACTIONS).count()).isZero();
        assertThat(steps.openTask(reference, Ids.ACKNOWLEDGE_URGENT_CONCERN)).isNull();
        assertThat(steps.openTask(reference, Ids.RECORD_CONCERN)).isNotNull();

        // and the concern page shows the police call and the acknowledgement
        assertThat(TasklistLogin.signIn(port, "sophie").get("/concerns/" + reference).body()).contains(
                "Police called (999)", "Yes, at 30 Nov 2026 09:50; police reference: CAD 1234/30NOV",
                "The urgent acknowledgement", "By sophie at 30 Nov 2026 10:00; spoke to the carer",
                "Rang the police control room and agreed a visit tonight");
    }

    @Test
    void outOfHoursTheDutyTeamHasItAndAnUnclaimedStepEscalatesAfterFifteenMinutes() throws Exception {
        // given a Saturday afternoon
        ClockUtil.setCurrentTime(Date.from(SATURDAY));

        // when carol raises a concern with the child in danger, not having called the police yet
        String reference = steps.raiseInTasklist("carol", inDanger(Map.of(FormFields.POLICE_CALLED, "NO"), null))
                .getBusinessKey();

        // then the duty team, not the social worker, is offered the urgent acknowledgement and emailed it
        Task urgent = steps.openTask(reference, Ids.ACKNOWLEDGE_URGENT_CONCERN);
        assertThat(candidates(urgent)).contains("eddie").doesNotContain("sophie");
        steps.runDueJobs(reference);
        assertThat(newEmails()).contains("eddie@example.org Acknowledge the urgent concern for concern " + reference
                + " is waiting for you " + TestMail.BASE_URL + "/camunda/app/tasklist/default/#/?task=" + urgent.getId());
        assertThat(jdbc.queryForObject("select police_called from concern where reference = ?", Boolean.class, reference))
                .isFalse();

        // when nobody has claimed it 15 minutes later, it escalates
        ClockUtil.setCurrentTime(Date.from(SATURDAY.plus(Duration.ofMinutes(16))));
        steps.runDueJobs(reference);
        assertThat(newEmails()).anyMatch(email -> email.contains("Escalation (level 1): Acknowledge the urgent concern for concern "
                + reference + " is not acknowledged"));
        assertThat(steps.openTask(reference, Ids.ACKNOWLEDGE_URGENT_CONCERN)).isNotNull();
    }

    @Test
    void aConcernOfMediumRiskHasNoUrgentAcknowledgement() {
        // when carol raises a concern with two ordinary signs about a 15-year-old (MEDIUM)
        String reference = steps.raiseInTasklist("carol", TestConcerns.startForm(child, SUMMARY)).getBusinessKey();

        // then the social worker hears of it as before, after the record and the advice
        assertThat(steps.openTask(reference, Ids.RECORD_CONCERN)).isNotNull();
        assertThat(steps.openTask(reference, Ids.ACKNOWLEDGE_URGENT_CONCERN)).isNull();
    }

    @Test
    void policeAnswersThatDoNotFitTogetherAre400NamingTheFieldAndStoreNothing() throws Exception {
        long concerns = jdbc.queryForObject("select count(*) from concern", Long.class);
        Instant future = Instant.now().plus(Duration.ofDays(1));
        Instant earlier = Instant.now().minus(Duration.ofMinutes(20));

        // in the start form (Tasklist's, and the carer pages' way in): a time in the future, a reference or a time
        // without a call, an answer that is not yes or no, an answer without immediate danger
        assertThat(startFormRefusal(inDanger(Map.of(FormFields.POLICE_CALLED, "MAYBE"), null))).isEqualTo("policeCalled");
        assertThat(startFormRefusal(inDanger(Map.of(FormFields.POLICE_CALLED, "YES"), future))).isEqualTo("policeCalledAtDay");
        assertThat(startFormRefusal(inDanger(Map.of(FormFields.POLICE_CALLED, "YES"), null))).isEqualTo("policeCalledAt");
        assertThat(startFormRefusal(inDanger(Map.of(FormFields.POLICE_CALLED, "NO", FormFields.POLICE_REFERENCE, "CAD 1"), null)))
                .isEqualTo("policeReference");
        assertThat(startFormRefusal(inDanger(Map.of(FormFields.POLICE_CALLED, "NO"), earlier))).isEqualTo("policeCalledAt");
        Map<String, Object> notInDanger = new HashMap<>(TestConcerns.startForm(child, SUMMARY));
        notInDanger.put(FormFields.POLICE_CALLED, "YES");
        assertThat(startFormRefusal(notInDanger)).isEqualTo("policeCalled");

        // and in the API
        assertThat(apiRefusal("\"immediateDanger\":true,\"policeReference\":\"CAD 1\"")).isEqualTo("policeReference");
        assertThat(apiRefusal("\"immediateDanger\":true,\"policeCalled\":true,\"policeCalledAt\":\"" + future + "\""))
                .isEqualTo("policeCalledAt");
        assertThat(apiRefusal("\"immediateDanger\":true,\"policeCalled\":true,\"policeCalledAt\":\"" + earlier
                + "\",\"policeReference\":\"<script>\"")).isEqualTo("policeReference");

        assertThat(jdbc.queryForObject("select count(*) from concern", Long.class)).isEqualTo(concerns);
    }

    @Test
    void anUrgentAcknowledgementWithoutWhatWasDoneIs400AndTheStepStaysOpen() throws Exception {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        String reference = steps.raiseInTasklist("carol", inDanger(Map.of(FormFields.POLICE_CALLED, "NO"), null))
                .getBusinessKey();
        Task urgent = steps.openTask(reference, Ids.ACKNOWLEDGE_URGENT_CONCERN);
        String responsible = steps.responsible(urgent);

        ResponseEntity<String> answer = postAs(responsible, "/engine-rest/task/" + urgent.getId() + "/complete",
                "{\"variables\":{\"spokeToCarer\":{\"value\":\"YES\",\"type\":\"String\"}}}");

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(json.readTree(answer.getBody()).get("field").asText()).isEqualTo("immediateActions");
        assertThat(steps.openTask(reference, Ids.ACKNOWLEDGE_URGENT_CONCERN).getId()).isEqualTo(urgent.getId());
    }

    /** The raise form with the child in danger right now, the given police answers and (unless null) the call's time. */
    private Map<String, Object> inDanger(Map<String, Object> police, Instant calledAt) {
        Map<String, Object> form = new HashMap<>(TestConcerns.startForm(child, SUMMARY + " " + seen.size() + police));
        form.putAll(TestConcerns.dateTime(FormFields.OBSERVED_AT, ClockUtil.getCurrentTime().toInstant().minus(Duration.ofMinutes(30))));
        form.put("immediateDanger", true);
        form.putAll(police);
        if (calledAt != null) {
            form.putAll(TestConcerns.dateTime(FormFields.POLICE_CALLED_AT, calledAt));
        }
        seen.add(form.toString());
        return form;
    }

    /** The field a refused start form names, submitted by carol through /engine-rest. */
    private String startFormRefusal(Map<String, Object> form) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<String> answer = postAs("carol", "/engine-rest/process-definition/key/safeguardingConcern/submit-form",
                json.writeValueAsString(Map.of("variables", variables)));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        return json.readTree(answer.getBody()).get("field").asText();
    }

    private String apiRefusal(String police) throws Exception {
        ResponseEntity<String> answer = postAs("carol", "/api/concerns", """
                {"childId":"%s","category":"CSE","summary":"%s","indicators":[],"observedAt":"%s",%s}"""
                .formatted(child, SUMMARY, Instant.now().minus(Duration.ofHours(1)), police));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        JsonNode body = json.readTree(answer.getBody());
        return body.has("field") ? body.get("field").asText() : body.get("errors").get(0).get("field").asText();
    }

    private ResponseEntity<String> postAs(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private List<String> candidates(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getUserId).toList();
    }

    private List<String> newEmails() throws MessagingException {
        return inbox.newEmails();
    }
}
