package uk.fostering.safeguarding.allegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.TestRegistry;
import uk.fostering.safeguarding.calendar.WorkingCalendar;
import uk.fostering.safeguarding.process.AllegationProcess;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.ServiceTime;

/**
 * A concern about the carer's household in the whole application: from the moment it is marked (or raised as
 * one) the carer finds it nowhere (Tasklist, Camunda's REST API and history, the concern API, the carers' pages)
 * and gets no email about it, its steps are with the registered manager and the child's social worker, the
 * referral to the designated officer (LADO) is due in one working day, and a manager may let the carer see it
 * again. The engine clock is moved, never slept.
 */
@IntegrationTest
class HouseholdAllegationTest {

    private static final AtomicInteger CHILDREN = new AtomicInteger(1600);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;
    @LocalServerPort
    int port;

    private TestConcerns steps;
    private String child;

    @BeforeEach
    void aChildOfCarolsOwn() {
        steps = new TestConcerns(engine);
        child = "C-" + CHILDREN.incrementAndGet();
        TestRegistry.placeChild(jdbc, child, "Ellis", "Allegationtest", "2012-04-01", "carol", "sophie");
        jdbc.update("update child set local_authority_code = 'NORTHSHIRE' where id = ?", child);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void fromTheMomentItIsMarkedTheCarerFindsTheConcernNowhereAndItsStepsGoToTheRegisteredManager() throws Exception {
        // given carol's concern, whose record she has claimed, and her email about it
        String reference = raise("carol", child, false);
        steps.runDueJobs(reference);
        steps.claim(reference, Ids.RECORD_CONCERN);
        Task record = steps.openTask(reference, Ids.RECORD_CONCERN);
        Job recordTimer = timerOf(record);
        assertThat(get("carol", "/api/concerns/" + reference).getStatusCode().value()).isEqualTo(200);
        int carolsEmails = emailsTo("carol");
        assertThat(carolsEmails).isEqualTo(1);

        // when her SSW marks it as about the carer's household, on a Friday afternoon
        Instant friday = LocalDate.now(ServiceTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.FRIDAY))
                .atTime(LocalTime.of(15, 0)).atZone(ServiceTime.ZONE).toInstant();
        ClockUtil.setCurrentTime(Date.from(friday));
        ResponseEntity<String> marked = post("sam", "/api/concerns/" + reference + "/about-household",
                "{\"reason\":\"The child says an adult in the household hit them\"}");
        assertThat(marked.getStatusCode().value()).as(marked.getBody()).isEqualTo(200);
        assertThat(json.readTree(marked.getBody()).get("excludedCarers").toString()).isEqualTo("[\"carol\"]");

        // then carol meets the same answers as a stranger (frank) everywhere
        assertThat(get("carol", "/api/concerns/" + reference).getStatusCode().value()).isEqualTo(404);
        assertThat(get("carol", "/api/concerns").getBody()).doesNotContain(reference);
        assertThat(get("carol", "/api/concerns/" + reference + "/notifiable-events").getStatusCode().value()).isEqualTo(404);
        assertThat(get("carol", "/api/children/" + child + "/chronology").getBody()).doesNotContain(reference);
        for (String path : List.of("/engine-rest/task?processInstanceBusinessKey=%s&maxResults=100",
                "/engine-rest/task/" + record.getId(), "/engine-rest/process-instance?businessKey=%s&maxResults=100",
                "/engine-rest/history/process-instance?processInstanceBusinessKey=%s&maxResults=100",
                "/engine-rest/history/task?processInstanceBusinessKey=%s&maxResults=100",
                "/engine-rest/history/activity-instance?processInstanceId=" + record.getProcessInstanceId() + "&maxResults=100")) {
            String url = path.formatted(reference);
            ResponseEntity<String> carols = get("carol", url);
            ResponseEntity<String> franks = get("frank", url);
            assertThat(carols.getStatusCode()).as(url).isEqualTo(franks.getStatusCode());
            assertThat(carols.getBody()).as(url).isEqualTo(franks.getBody()).doesNotContain(reference);
        }
        TasklistLogin tasklist = TasklistLogin.signIn(port, "carol");
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + reference
                + "&maxResults=100").body()).isEqualTo("[]");
        assertThat(tasklist.get("/carer/steps").body()).doesNotContain(reference);
        HttpResponse<String> stepPage = tasklist.get("/carer/steps/" + record.getId());
        assertThat(stepPage.statusCode()).isEqualTo(404);
        assertThat(stepPage.body()).doesNotContain(reference);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn("carol").list())
                .noneMatch(grant -> grant.getResourceId().equals(record.getId())
                        || grant.getResourceId().equals(record.getProcessInstanceId()));

        // and her claimed step is offered to the registered manager and the child's social worker, its clocks kept
        Task moved = steps.openTask(reference, Ids.RECORD_CONCERN);
        assertThat(moved.getId()).isEqualTo(record.getId());
        assertThat(moved.getAssignee()).isNull();
        assertThat(candidates(moved)).containsExactlyInAnyOrder("rachel", "sophie");
        assertThat(moved.getDueDate()).isEqualTo(record.getDueDate());
        assertThat(timerOf(moved).getDuedate()).isEqualTo(recordTimer.getDuedate());
        // and each of the two is told it waits for them
        String waiting = "Record the concern for concern " + reference + " is waiting for you";
        assertThat(emailsTo("rachel", waiting)).isEqualTo(1);
        assertThat(emailsTo("sophie", waiting)).isEqualTo(1);

        // and rachel refers it to the designated officer (LADO), due one working day later: after the weekend
        Task lado = steps.openTask(reference, AllegationProcess.Ids.REFER_TO_LADO);
        assertThat(candidates(lado)).containsExactly("rachel");
        assertThat(lado.getDueDate().toInstant()).isEqualTo(calendar.plusWorkingDays(friday, 1))
                .isAfter(friday.plus(Duration.ofHours(48)));
        assertThat(engine.getTaskService().getVariable(lado.getId(), AllegationProcess.Vars.DESIGNATED_OFFICER.name()))
                .isEqualTo("Northshire County Council, lado@northshire.example, 01632 960002");
        JsonNode register = json.readTree(get("rachel", "/api/concerns/" + reference + "/notifiable-events").getBody());
        assertThat(register).anySatisfy(event -> {
            assertThat(event.get("kind").asText()).isEqualTo("ALLEGATION_AGAINST_CARER");
            assertThat(event.get("registeredBy").asText()).isEqualTo("sam");
        });

        // when every email due runs, and the steps go on, carol is never emailed again
        steps.runDueJobs(reference);
        assertThat(emailsTo("rachel", "Refer to the designated officer")).isEqualTo(1);
        steps.complete(reference, Ids.RECORD_CONCERN, Map.of(ConcernProcess.FormFields.RECORD_FACTS,
                "The child told the social worker what happened at home", ConcernProcess.FormFields.RECORD_CHILD_WORDS,
                "He hit me", ConcernProcess.FormFields.RECORD_CARER_VIEW, "Written by the registered manager"));
        Task advise = steps.openTask(reference, Ids.ADVISE_CARER);
        assertThat(candidates(advise)).containsExactlyInAnyOrder("rachel", "sophie");
        ResponseEntity<String> missing = post("sam", "/api/children/" + child + "/missing",
                "{\"lastSeenAt\":\"%s\"}".formatted(friday.minus(Duration.ofMinutes(30))));
        assertThat(missing.getStatusCode().value()).as(missing.getBody()).isEqualTo(201);
        Task police = steps.openTask(reference, MissingProcess.Ids.REPORT_TO_POLICE);
        assertThat(candidates(police)).containsExactlyInAnyOrder("rachel", "sophie");
        steps.runDueJobs(reference);
        assertThat(emailsTo("carol")).isEqualTo(carolsEmails);
        assertThat(get("carol", "/engine-rest/task?processInstanceBusinessKey=" + reference + "&maxResults=100").getBody())
                .isEqualTo("[]");
        post("sam", "/api/children/" + child + "/returned", "{\"returnedAt\":\"%s\"}".formatted(friday.minusSeconds(60)));

        // when rachel records the LADO's advice, it stays in the allegation's record, not in the engine
        ClockUtil.setCurrentTime(Date.from(friday.plus(Duration.ofHours(2))));
        Map<String, Object> referral = new HashMap<>(TestConcerns.dateTime(AllegationProcess.FormFields.REFERRED_AT,
                friday.plus(Duration.ofHours(1))));
        referral.put(AllegationProcess.FormFields.LADO_ADVICE, "Strategy discussion on Monday; no contact meanwhile");
        referral.put(AllegationProcess.FormFields.LADO_REFERENCE, "LADO/2026/311");
        steps.complete(reference, AllegationProcess.Ids.REFER_TO_LADO, referral);
        JsonNode recorded = json.readTree(get("sophie", "/api/concerns/" + reference + "/allegation").getBody());
        assertThat(recorded.get("ladoReferral").get("reference").asText()).isEqualTo("LADO/2026/311");
        assertThat(recorded.get("ladoReferral").get("recordedBy").asText()).isEqualTo("rachel");
        assertThat(Instant.parse(recorded.get("ladoReferral").get("referredAt").asText()))
                .isEqualTo(friday.plus(Duration.ofHours(1)));
        assertThat(recorded.get("designatedOfficer").asText()).contains("lado@northshire.example");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName(AllegationProcess.FormFields.LADO_ADVICE).count()).isZero();

        // when someone other than a manager lets carol see it, nothing changes; when a manager does, she sees it again
        String because = "{\"reason\":\"The LADO advised that the carer may be told of the concern\"}";
        assertThat(post("sam", "/api/concerns/" + reference + "/carer-may-see", because).getStatusCode().value())
                .isEqualTo(403);
        assertThat(get("carol", "/api/concerns/" + reference).getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> allowed = post("mark", "/api/concerns/" + reference + "/carer-may-see", because);
        assertThat(allowed.getStatusCode().value()).as(allowed.getBody()).isEqualTo(200);
        assertThat(get("carol", "/api/concerns/" + reference).getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(get("carol", "/api/concerns/" + reference).getBody()).get("reference").asText())
                .isEqualTo(reference);

        // and each decision is in the audit trail, by whom, without what they wrote
        List<String> trail = jdbc.queryForList("select actor || ':' || action || ':' || detail from audit_event where "
                + "reference = ? and action in ('ABOUT_HOUSEHOLD', 'REFERRED_TO_LADO', 'CARER_MAY_SEE') order by id",
                String.class, reference);
        assertThat(trail).containsExactly("sam:ABOUT_HOUSEHOLD:marked", "rachel:REFERRED_TO_LADO:referred",
                "mark:CARER_MAY_SEE:carol");
    }

    @Test
    void staffRaiseAConcernAboutTheHouseholdThatTheCarerNeverSees() throws Exception {
        // a carer cannot raise one, and nothing is stored
        ResponseEntity<String> byCarol = post("carol", "/api/concerns", body(child, true));
        assertThat(byCarol.getStatusCode().value()).isEqualTo(400);
        assertThat(byCarol.getBody()).contains("aboutHousehold");

        // and in Tasklist staff other than the SSW raise only such a concern
        Map<String, Object> form = new HashMap<>(TestConcerns.startForm(child, "Bruises seen after a weekend at home, "
                + CHILDREN.get()));
        assertThatThrownBy(() -> steps.raiseInTasklist("mark", form)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("aboutHousehold");

        // when the child's social worker raises one through the API, and a manager one in Tasklist
        String bySophie = raise("sophie", child, true);
        form.put(ConcernProcess.FormFields.ABOUT_HOUSEHOLD, true);
        String byMark = steps.raiseInTasklist("mark", form).getBusinessKey();

        for (String reference : List.of(bySophie, byMark)) {
            steps.runDueJobs(reference);
            // then the carer finds neither, its first step is with the registered manager and the social worker
            assertThat(get("carol", "/api/concerns/" + reference).getStatusCode().value()).isEqualTo(404);
            assertThat(candidates(steps.openTask(reference, Ids.RECORD_CONCERN))).containsExactlyInAnyOrder("rachel", "sophie");
            assertThat(steps.openTask(reference, AllegationProcess.Ids.REFER_TO_LADO)).isNotNull();
            assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn("carol").list().stream()
                    .map(grant -> grant.getResourceId()).collect(Collectors.toSet()))
                    .doesNotContainAnyElementsOf(processesOf(reference));
        }
        assertThat(get("mark", "/api/concerns/" + byMark).getStatusCode().value()).isEqualTo(200);
        assertThat(get("sam", "/api/concerns/" + byMark).getStatusCode().value()).isEqualTo(200);
        assertThat(emailsTo("carol")).isZero();
        assertThat(json.readTree(get("sophie", "/api/concerns/" + bySophie + "/allegation").getBody())
                .get("markedBy").asText()).isEqualTo("sophie");

        // and marking it again is a conflict
        assertThat(post("sophie", "/api/concerns/" + bySophie + "/about-household",
                "{\"reason\":\"Marked a second time by mistake\"}").getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aMarkOrADecisionSentWithoutAProperReasonIsRefusedAndChangesNothing() throws Exception {
        // given carol's open concern
        String reference = raise("carol", child, false);
        int lines = chronologyLines(reference);

        // when staff send a mark or a decision without a proper reason: missing, blank, too short, too long, a control
        // character, an array, not an object
        for (String body : List.of("{}", "{\"reason\":\"   \"}", "{\"reason\":\"short\"}",
                "{\"reason\":\"" + "x".repeat(2001) + "\"}", "{\"reason\":\"A control character \\u0007 inside the words\"}",
                "{\"reason\":[\"an array instead of words\"]}", "[]")) {
            for (String action : List.of("about-household", "carer-may-see")) {
                String user = action.equals("about-household") ? "sam" : "mark";
                ResponseEntity<String> refused = post(user, "/api/concerns/" + reference + "/" + action, body);
                // then each is a 400 naming the field (or the body), or the conflict of a concern not yet marked
                assertThat(refused.getStatusCode().value()).as(action + " " + body).isIn(400, 409);
                if (action.equals("about-household")) {
                    assertThat(refused.getStatusCode().value()).as(body).isEqualTo(400);
                    assertThat(refused.getBody()).as(body).containsAnyOf("reason", "body");
                }
            }
        }

        // and nothing changed: no allegation, the carer still sees her concern, no line in its chronology
        assertThat(get("sam", "/api/concerns/" + reference + "/allegation").getStatusCode().value()).isEqualTo(404);
        assertThat(get("carol", "/api/concerns/" + reference).getStatusCode().value()).isEqualTo(200);
        assertThat(chronologyLines(reference)).isEqualTo(lines);
    }

    private int chronologyLines(String reference) {
        return jdbc.queryForObject("select count(*) from concern_event e join concern c on c.id = e.concern_id "
                + "where c.reference = ?", Integer.class, reference);
    }

    private Set<String> processesOf(String reference) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .list().stream().map(p -> p.getId()).collect(Collectors.toSet());
    }

    private Job timerOf(Task task) {
        return engine.getManagementService().createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId("BoundaryEvent_RecordConcernEscalation").timers().singleResult();
    }

    private List<String> candidates(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId).toList();
    }

    private int emailsTo(String user) {
        return emailsTo(user, "");
    }

    private int emailsTo(String user, String subjectStart) {
        return (int) Arrays.stream(mail.getReceivedMessages())
                .filter(m -> TestMail.recipient(m).equals(user + "@example.org") && TestMail.subject(m).startsWith(subjectStart)).count();
    }

    private String raise(String user, String childId, boolean aboutHousehold) throws Exception {
        ResponseEntity<String> created = post(user, "/api/concerns", body(childId, aboutHousehold));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json.readTree(created.getBody()).get("reference").asText();
    }

    private static String body(String childId, boolean aboutHousehold) {
        return """
                {"childId":"%s","category":"OTHER","summary":"Seen with a bruise on the arm, %s",
                 "indicators":["UNEXPLAINED_INJURIES"],"observedAt":"%s","childMissing":false,"immediateDanger":false,
                 "aboutHousehold":%s}""".formatted(childId, Instant.now().toEpochMilli(),
                Instant.now().minus(2, ChronoUnit.HOURS), aboutHousehold);
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, user).getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
