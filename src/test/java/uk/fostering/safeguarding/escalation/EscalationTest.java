package uk.fostering.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.ConcernRepository;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/**
 * Escalation in the whole application: the engine clock is moved and due jobs are run (never
 * slept), emails are received by a real SMTP server.
 */
@IntegrationTest
class EscalationTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    EscalationRepository escalations;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    Chronology chronology;
    @Autowired
    Deadlines deadlines;

    private TestConcerns tasklist;

    @BeforeEach
    void setUp() {
        tasklist = new TestConcerns(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anUnclaimedRecordClimbsToTheManagerThenTheRegisteredManagerAndRepeats() throws Exception {
        // given a MEDIUM concern raised on a Monday morning: carol must acknowledge within 4 hours
        String reference = raiseAt("2026-11-30T10:00", "C-1001");
        Task record = tasklist.openTask(reference, Ids.RECORD_CONCERN);

        // when nothing happens for 4 hours
        at("2026-11-30T14:00", reference);

        // then level 1 reaches carol's SSW, sam, once; the task's priority rises; the chronology says so
        assertThat(recipientsOf("Escalation (level 1)")).containsExactly("sam@example.org");
        assertThat(taskService().createTaskQuery().taskId(record.getId()).singleResult().getPriority()).isEqualTo(60);
        assertThat(taskService().getVariableLocal(record.getId(), "escalationLevel")).isEqualTo(1);
        assertThat(chronology(reference)).contains(ConcernEventType.ESCALATED);

        // and an hour later level 2 reaches rachel, the registered manager, and keeps reaching her each hour
        at("2026-11-30T15:00", reference);
        at("2026-11-30T16:00", reference);
        assertThat(recipientsOf("Escalation (level 2)")).containsExactly("rachel@example.org", "rachel@example.org");
        assertThat(escalations.findByTaskIdAndReason(record.getId(), EscalationReason.UNACKNOWLEDGED)).get()
                .satisfies(e -> assertThat(e.getLevel()).isEqualTo(2))
                .satisfies(e -> assertThat(e.getRound()).isEqualTo(3));

        // and the managers' view shows it, most overdue first, with a link target
        var response = http.withBasicAuth("mark", "mark").getForEntity("/api/escalations", String.class);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        JsonNode board = json.readTree(response.getBody());
        assertThat(board.get("escalations")).anySatisfy(row -> {
            assertThat(row.get("reference").asText()).isEqualTo(reference);
            assertThat(row.get("taskId").asText()).isEqualTo(record.getId());
            assertThat(row.get("responsible").asText()).isEqualTo("carol");
            assertThat(row.get("level").asInt()).isEqualTo(2);
            assertThat(row.get("team").asText()).isEqualTo("fostering");
        });
        assertThat(board.get("countsByLevel").get("2").asInt()).isPositive();

        // and a shorter list keeps the counts and the total of everything open
        JsonNode top = json.readTree(http.withBasicAuth("mark", "mark").getForEntity("/api/escalations?limit=1",
                String.class).getBody());
        assertThat(top.get("escalations")).hasSize(1);
        assertThat(top.get("total").asLong()).isEqualTo(board.get("total").asLong())
                .isEqualTo(board.get("countsByLevel").get("1").asLong() + board.get("countsByLevel").get("2").asLong());
        assertThat(top.get("countsByLevel")).isEqualTo(board.get("countsByLevel"));
        assertThat(http.withBasicAuth("mark", "mark").getForEntity("/api/escalations?limit=0", String.class)
                .getStatusCode().value()).isEqualTo(400);

        // and the team filter narrows the counts as it narrows the rows
        JsonNode fostering = json.readTree(http.withBasicAuth("mark", "mark")
                .getForEntity("/api/escalations?team=fostering", String.class).getBody());
        assertThat(fostering.get("total").asLong()).isPositive().isEqualTo(fostering.get("escalations").size());
        JsonNode nowhere = json.readTree(http.withBasicAuth("mark", "mark")
                .getForEntity("/api/escalations?team=nowhere", String.class).getBody());
        assertThat(nowhere.get("total").asLong()).isZero();
        assertThat(nowhere.get("escalations")).isEmpty();
        assertThat(http.withBasicAuth("carol", "carol").getForEntity("/api/escalations", String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http.getForEntity("/api/escalations", String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void claimingStopsTheEscalationAndOnlyAnOverdueTaskEscalatesAgain() throws Exception {
        String reference = raiseAt("2026-11-30T10:00", "C-1001");
        at("2026-11-30T14:00", reference);
        assertThat(recipientsOf("Escalation (level 1)")).containsExactly("sam@example.org");

        // when carol claims the task, the escalation stops at once
        tasklist.claim(reference, Ids.RECORD_CONCERN);
        Task record = tasklist.openTask(reference, Ids.RECORD_CONCERN);
        assertThat(escalations.findByTaskIdAndReason(record.getId(), EscalationReason.UNACKNOWLEDGED)).isPresent();
        assertThat(escalations.findByTaskIdAndResolvedAtIsNull(record.getId())).isEmpty();
        at("2026-11-30T15:00", reference);
        at("2026-11-30T17:00", reference);
        assertThat(recipientsOf("Escalation")).hasSize(1);

        // and when it passes its due date (8 hours) unfinished, it escalates as overdue
        at("2026-11-30T18:00", reference);
        assertThat(recipientsOf("is overdue")).as("18:00 is out of hours").containsExactlyInAnyOrder("sam@example.org",
                "eddie@example.org");

        // and completing it ends every escalation of it
        tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Late home again."));
        assertThat(escalations.findByTaskIdAndResolvedAtIsNull(record.getId())).isEmpty();
    }

    @Test
    void outOfHoursTheEmergencyDutyTeamIsToldToo() throws Exception {
        // a HIGH concern (a 9-year-old) on a Friday evening: acknowledgement within 1 hour
        String reference = raiseAt("2026-11-27T18:00", "C-1002");
        acknowledgeUrgently(reference);
        at("2026-11-27T19:00", reference);
        assertThat(recipientsOf("Escalation (level 1)")).containsExactlyInAnyOrder("sam@example.org", "eddie@example.org");
    }

    @Test
    void aRetriedEscalationJobSendsNobodyTheSameEmailTwice() throws Exception {
        // given the emergency duty team's member has no address, so the out-of-hours escalation fails half way
        String reference = raiseAt("2026-11-28T10:00", "C-1002");
        acknowledgeUrgently(reference);
        User eddie = engine.getIdentityService().createUserQuery().userId("eddie").singleResult();
        eddie.setEmail(null);
        engine.getIdentityService().saveUser(eddie);
        try {
            ClockUtil.setCurrentTime(date("2026-11-28T11:00"));
            assertThatThrownBy(() -> tasklist.runDueJobs(reference)).hasMessageContaining("eddie");
            assertThat(recipientsOf("Escalation")).containsExactly("sam@example.org");

            // when the address is fixed and the job is retried after its back-off (5 minutes)
            eddie.setEmail("eddie@example.org");
            engine.getIdentityService().saveUser(eddie);
            tasklist.runDueJobs(reference);
            assertThat(recipientsOf("Escalation")).as("not retried before the back-off").hasSize(1);
            ClockUtil.setCurrentTime(date("2026-11-28T11:06"));
            tasklist.runDueJobs(reference);

            // then sam is not emailed again, and eddie is emailed once
            assertThat(recipientsOf("Escalation")).containsExactly("sam@example.org", "eddie@example.org");
        } finally {
            eddie.setEmail("eddie@example.org");
            engine.getIdentityService().saveUser(eddie);
        }
    }

    @Test
    void workingDayWindowsSkipWeekendsAndBankHolidays() {
        // the social worker's decision is due one working day later
        ClockUtil.setCurrentTime(date("2026-11-27T18:00"));
        assertThat(deadlines.completeBy(Ids.DECIDE_NEXT_STEPS, "MEDIUM")).isEqualTo(date("2026-11-30T18:00"));
        ClockUtil.setCurrentTime(date("2027-03-25T15:00"));
        assertThat(deadlines.completeBy(Ids.DECIDE_NEXT_STEPS, "HIGH")).isEqualTo(date("2027-03-30T15:00"));
        // but within 2 hours at CRITICAL, weekend or not
        ClockUtil.setCurrentTime(date("2026-11-28T22:00"));
        assertThat(deadlines.completeBy(Ids.DECIDE_NEXT_STEPS, "CRITICAL")).isEqualTo(date("2026-11-29T00:00"));
    }

    private String raiseAt(String localTime, String childId) {
        ClockUtil.setCurrentTime(date(localTime));
        Map<String, Object> form = new HashMap<>(Map.of("childId", childId, "category", "CSE",
                // each test's concern is its own: the same words about the same moment would be a duplicate
                "summary", "Seen with older men near the station, " + UUID.randomUUID(), "indicators", List.of("UNKNOWN_ADULTS_OR_CARS"),
                "childMissing", false, "immediateDanger", false));
        form.putAll(TestConcerns.dateTime(ConcernProcess.FormFields.OBSERVED_AT, date(localTime).toInstant()));
        String reference = tasklist.raiseInTasklist("carol", form).getBusinessKey();
        tasklist.runDueJobs(reference);
        mail.reset();
        return reference;
    }

    /** A HIGH concern's urgent acknowledgement claimed at once, so that only the steps a test follows escalate. */
    private void acknowledgeUrgently(String reference) {
        tasklist.claim(reference, Ids.ACKNOWLEDGE_URGENT_CONCERN);
    }

    private void at(String localTime, String reference) {
        ClockUtil.setCurrentTime(date(localTime));
        tasklist.runDueJobs(reference);
    }

    /**
     * Who got emails whose subject has the words: about the steps of the concern's own process. A concern of
     * exploitation is also notifiable, and the registered manager's notifications escalate on clocks of their own
     * (NotifiableEventsTest follows those).
     */
    private List<String> recipientsOf(String subjectPart) throws Exception {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(subjectPart))
                .filter(m -> !subject(m).contains(": Notify "))
                .map(m -> address(m)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String address(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ConcernEventType> chronology(String reference) {
        return chronology.of(concerns.findByReference(reference).orElseThrow().getId())
                .stream().map(e -> e.getType()).toList();
    }

    private org.camunda.bpm.engine.TaskService taskService() {
        return engine.getTaskService();
    }

    private static Date date(String localTime) {
        return Date.from(LocalDateTime.parse(localTime).atZone(UK).toInstant());
    }
}
