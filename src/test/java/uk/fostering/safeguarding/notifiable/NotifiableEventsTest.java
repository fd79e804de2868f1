package uk.fostering.safeguarding.notifiable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.process.NotifiableProcess;
import uk.fostering.safeguarding.process.NotifiableProcess.FormFields;
import uk.fostering.safeguarding.process.NotifiableProcess.Ids;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.ServiceTime;

/**
 * The register of notifiable events in the whole application: what enters it by itself, what staff enter, the
 * registered manager's two steps, their escalation. The engine clock is moved, never slept.
 */
@IntegrationTest
class NotifiableEventsTest {

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

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anExploitationConcernGivesTheRegisteredManagerBothNotificationsDueWithinADay() throws Exception {
        // when carol raises a concern of sexual exploitation
        String reference = raise("carol", "C-1001", "CSE");
        Instant raised = Instant.now();

        // then the register holds the event, and rachel, the registered manager, has both notifications, due in 24 hours
        JsonNode register = register("rachel", reference);
        assertThat(register).hasSize(1);
        assertThat(register.get(0).get("kind").asText()).isEqualTo("CHILD_EXPLOITATION");
        assertThat(register.get(0).get("registeredBy").asText()).isEqualTo("system");
        assertThat(register.get(0).get("ofsted").isNull()).isTrue();
        TestConcerns tasklist = new TestConcerns(engine);
        Task ofsted = tasklist.openTask(reference, Ids.NOTIFY_OFSTED);
        assertThat(tasklist.responsible(ofsted)).isEqualTo("rachel");
        assertThat(ofsted.getName()).isEqualTo("Notify Ofsted of a child's known or suspected exploitation: "
                + reference + ", C-1001");
        assertThat(ofsted.getDueDate().toInstant()).isBetween(raised.plus(Duration.ofHours(23)),
                raised.plus(Duration.ofHours(25)));
        assertThat(tasklist.responsible(tasklist.openTask(reference, Ids.NOTIFY_PLACING_AUTHORITY))).isEqualTo("rachel");

        // and each read of the register is a line of the concern's audit trail
        assertThat(jdbc.queryForObject("select count(*) from audit_event where reference = ? and actor = 'rachel' "
                + "and action = 'VIEWED' and detail = 'notifiable events api'", Integer.class, reference)).isEqualTo(1);

        // when a completion tries to hand the other notification to someone else or to another row of the register,
        // it is refused and nothing changes
        Map<String, Object> reroute = form(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES), "X-1");
        reroute.put(NotifiableProcess.Vars.REGISTERED_MANAGER_ID.name(), "frank");
        assertThatThrownBy(() -> tasklist.complete(reference, Ids.NOTIFY_PLACING_AUTHORITY, reroute))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("registeredManagerId");
        Map<String, Object> otherRow = form(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES), "X-2");
        otherRow.put(NotifiableProcess.CodeVars.EVENT_ID.name(), 1L);
        assertThatThrownBy(() -> tasklist.complete(reference, Ids.NOTIFY_PLACING_AUTHORITY, otherRow))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("notifiableEventId");
        assertThat(register("rachel", reference).get(0).get("placingAuthority").isNull()).isTrue();
        assertThat(tasklist.openTask(reference, Ids.NOTIFY_PLACING_AUTHORITY)).isNotNull();

        // when she records Ofsted's notification without its reference, nothing changes
        Instant sent = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        assertThatThrownBy(() -> tasklist.complete(reference, Ids.NOTIFY_OFSTED,
                TestConcerns.dateTime(FormFields.NOTIFIED_AT, sent)))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("notificationReference");
        assertThat(tasklist.openTask(reference, Ids.NOTIFY_OFSTED)).isNotNull();

        // when she records both, with the date typed the UK way
        tasklist.complete(reference, Ids.NOTIFY_OFSTED, form(sent, "OFS-2026-1187"));
        tasklist.complete(reference, Ids.NOTIFY_PLACING_AUTHORITY, form(sent, "LA/77/2026"));

        // then the register shows when and under which reference; the steps are done and no reference is in the engine
        JsonNode done = register("rachel", reference).get(0);
        assertThat(Instant.parse(done.get("ofsted").get("at").asText())).isEqualTo(sent);
        assertThat(done.get("ofsted").get("reference").asText()).isEqualTo("OFS-2026-1187");
        assertThat(done.get("ofsted").get("recordedBy").asText()).isEqualTo("rachel");
        assertThat(done.get("placingAuthority").get("reference").asText()).isEqualTo("LA/77/2026");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(NotifiableProcess.KEY).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName(FormFields.NOTIFICATION_REFERENCE).count()).isZero();
        assertThat(chronologyTypes("rachel", reference)).contains("NOTIFIABLE_EVENT_REGISTERED", "OFSTED_NOTIFIED",
                "PLACING_AUTHORITY_NOTIFIED");
    }

    @Test
    void otherEventsAreEnteredByStaffWhoMaySeeTheConcernAndNeverByCarers() throws Exception {
        // given a concern of another kind: it is not notifiable by itself
        String reference = raise("carol", "C-1001", "OTHER");
        assertThat(register("sam", reference)).isEmpty();

        // when her SSW enters that the police were called to the home, twice
        String event = "{\"kind\":\"POLICE_CALLED_TO_HOME\",\"occurredAt\":\"%s\"}".formatted(Instant.now().minusSeconds(600));
        ResponseEntity<String> first = post("sam", reference, event);
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(post("sophie", reference, event).getStatusCode().value()).isEqualTo(201);

        // then each is an event of its own with its steps
        assertThat(register("sam", reference)).extracting(e -> e.get("occurrence").asInt()).containsExactly(1, 2);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(Ids.NOTIFY_OFSTED).count()).isEqualTo(2);

        // and carers never enter events; staff who may not see the concern meet the same 404 as for no concern
        assertThat(post("carol", reference, event).getStatusCode().value()).isEqualTo(403);
        assertThat(post("leon", reference, event).getStatusCode().value()).isEqualTo(404);
        assertThat(post("leon", "SC-1999-999999", event).getStatusCode().value()).isEqualTo(404);

        // and bad input names the field and changes nothing
        ResponseEntity<String> noKind = post("sam", reference, "{\"kind\":\"PARTY\",\"occurredAt\":\"%s\"}"
                .formatted(Instant.now().minusSeconds(60)));
        assertThat(noKind.getStatusCode().value()).isEqualTo(400);
        assertThat(noKind.getBody()).contains("kind");
        ResponseEntity<String> future = post("sam", reference, "{\"kind\":\"SERIOUS_INCIDENT\",\"occurredAt\":\"%s\"}"
                .formatted(Instant.now().plus(Duration.ofDays(1))));
        assertThat(future.getStatusCode().value()).isEqualTo(400);
        assertThat(future.getBody()).contains("occurredAt");
        assertThat(register("sam", reference)).hasSize(2);
    }

    @Test
    void eachMissingEpisodeIsANotifiableEventOfItsOwn() throws Exception {
        // given frank's child reported missing (back first, should an earlier test have left them away)
        post("frank", "/api/children/C-1003/returned", "{\"returnedAt\":\"%s\"}".formatted(Instant.now().minusSeconds(60)));
        ResponseEntity<String> missing = post("frank", "/api/children/C-1003/missing",
                "{\"lastSeenAt\":\"%s\"}".formatted(Instant.now().minus(Duration.ofHours(2))));
        assertThat(missing.getStatusCode().value()).as(missing.getBody()).isEqualTo(201);
        JsonNode reported = json.readTree(missing.getBody());
        String reference = reported.get("reference").asText();
        int episode = reported.get("episodeNumber").asInt();

        // then the episode is in the register under its own number
        assertThat(register("rachel", reference)).anySatisfy(e -> {
            assertThat(e.get("kind").asText()).isEqualTo("CHILD_MISSING");
            assertThat(e.get("occurrence").asInt()).isEqualTo(episode);
        });

        // and a second episode after the return is another event
        post("frank", "/api/children/C-1003/returned", "{\"returnedAt\":\"%s\"}".formatted(Instant.now().minusSeconds(30)));
        JsonNode again = json.readTree(post("frank", "/api/children/C-1003/missing",
                "{\"lastSeenAt\":\"%s\"}".formatted(Instant.now().minusSeconds(20))).getBody());
        assertThat(again.get("reference").asText()).isEqualTo(reference);
        assertThat(register("rachel", reference)).filteredOn(e -> e.get("kind").asText().equals("CHILD_MISSING"))
                .extracting(e -> e.get("occurrence").asInt()).contains(episode, episode + 1);
        post("frank", "/api/children/C-1003/returned", "{\"returnedAt\":\"%s\"}".formatted(Instant.now().minusSeconds(10)));
    }

    @Test
    void aNotificationNobodyAcknowledgesReachesTheOtherFosteringManagers() throws Exception {
        // given an exploitation concern raised on a Monday morning
        Instant monday = LocalDateTime.parse("2026-11-30T10:00").atZone(ServiceTime.ZONE).toInstant();
        ClockUtil.setCurrentTime(Date.from(monday));
        TestConcerns tasklist = new TestConcerns(engine);
        Map<String, Object> form = new HashMap<>(TestConcerns.startForm("C-1001", "Picked up by a man in a car, " + UUID.randomUUID()));
        form.putAll(TestConcerns.dateTime(uk.fostering.safeguarding.process.ConcernProcess.FormFields.OBSERVED_AT,
                monday.minus(Duration.ofHours(1))));
        String reference = tasklist.raiseInTasklist("carol", form).getBusinessKey();
        tasklist.runDueJobs(reference);

        // when rachel leaves Ofsted's notification unclaimed for 4 hours
        ClockUtil.setCurrentTime(Date.from(monday.plus(Duration.ofHours(4))));
        tasklist.runDueJobs(reference);

        // then mark, the other fostering manager, is told: nobody stands above the registered manager
        assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).startsWith("Escalation")
                && subject(m).contains("Notify Ofsted for concern " + reference)).map(NotifiableEventsTest::to).toList()).containsExactly("mark@example.org");
        JsonNode board = json.readTree(http.withBasicAuth("mark", "mark").getForEntity("/api/escalations", String.class)
                .getBody());
        assertThat(board.get("escalations")).anySatisfy(row -> {
            assertThat(row.get("reference").asText()).isEqualTo(reference);
            assertThat(row.get("step").asText()).isEqualTo(Ids.NOTIFY_OFSTED);
            assertThat(row.get("responsible").asText()).isEqualTo("rachel");
        });
    }

    private static Map<String, Object> form(Instant sent, String reference) {
        Map<String, Object> form = new HashMap<>(TestConcerns.dateTime(FormFields.NOTIFIED_AT, sent));
        form.put(FormFields.NOTIFICATION_REFERENCE, reference);
        return form;
    }

    private String raise(String user, String childId, String category) throws Exception {
        ResponseEntity<String> created = post(user, "/api/concerns", """
                {"childId":"%s","category":"%s","summary":"Seen with an older man, %s","indicators":["UNKNOWN_ADULTS_OR_CARS"],
                 "observedAt":"%s","childMissing":false,"immediateDanger":false}"""
                .formatted(childId, category, UUID.randomUUID(), Instant.now().minus(1, ChronoUnit.HOURS)));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json.readTree(created.getBody()).get("reference").asText();
    }

    private JsonNode register(String user, String reference) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, user)
                .getForEntity("/api/concerns/" + reference + "/notifiable-events", String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private List<String> chronologyTypes(String user, String reference) throws Exception {
        JsonNode concern = json.readTree(http.withBasicAuth(user, user).getForEntity("/api/concerns/" + reference,
                String.class).getBody());
        return java.util.stream.StreamSupport.stream(concern.get("chronology").spliterator(), false)
                .map(e -> e.get("type").asText()).toList();
    }

    private ResponseEntity<String> post(String user, String reference, String body) {
        String path = reference.startsWith("/") ? reference : "/api/concerns/" + reference + "/notifiable-events";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
