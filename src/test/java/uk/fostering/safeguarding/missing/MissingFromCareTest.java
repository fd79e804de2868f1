package uk.fostering.safeguarding.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.TestRegistry;
import uk.fostering.safeguarding.concern.ConcernRepository;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.MissingProcess.Ids;

/**
 * The missing-from-care branch in the whole application: the two API calls and Tasklist's two
 * entries, the episode's tasks and emails, the repeat rule, and bad input. Each test has a child of
 * its own (placed with carol; social worker sophie), so no other test's concerns get in the way.
 */
@IntegrationTest
class MissingFromCareTest {

    private static final AtomicInteger CHILDREN = new AtomicInteger(9100);
    /** A Monday morning, in office hours, so that the child's social worker (not the duty team) is emailed. */
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final String CHILD_NAME = "Robin";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ConcernRepository concerns;
    @LocalServerPort
    int port;

    private TestConcerns concernSteps;
    private String child;

    @BeforeEach
    void aChildOfTheirOwn() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        concernSteps = new TestConcerns(engine);
        child = "C-" + CHILDREN.incrementAndGet();
        TestRegistry.placeChild(jdbc, child, CHILD_NAME, "Testchild", "2011-05-01", "carol", "sophie");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aChildWithNoOpenConcernReportedMissingGetsAConcernOfTheirOwn() throws Exception {
        // when carol reports the child missing, last seen two hours ago
        ResponseEntity<String> reported = post("carol", "/missing", """
                {"lastSeenAt":"%s","circumstances":"Did not come back from school"}""".formatted(ago(2)));

        // then a concern of category MISSING is raised with episode 1 open
        assertThat(reported.getStatusCode().value()).as(reported.getBody()).isEqualTo(201);
        JsonNode body = json.readTree(reported.getBody());
        String reference = body.get("reference").asText();
        assertThat(body.get("episodeNumber").asInt()).isEqualTo(1);
        assertThat(body.get("concernRaised").asBoolean()).isTrue();
        JsonNode concern = concern("carol", reference);
        assertThat(concern.get("category").asText()).isEqualTo("MISSING");
        assertThat(concern.get("missingEpisodes").get(0).get("status").asText()).isEqualTo("MISSING");
        assertThat(steps(concern)).contains(Ids.REPORT_TO_POLICE + ":carol", ConcernProcess.Ids.RECORD_CONCERN + ":carol");

        // and the SSW and the child's social worker are emailed with the reference only
        concernSteps.runDueJobs(reference);
        assertThat(recipientsOf("Child missing from care")).containsExactlyInAnyOrder("sam@example.org", "sophie@example.org");
        assertThat(Arrays.stream(mail.getReceivedMessages()).map(GreenMailUtil::getWholeMessage))
                .noneMatch(m -> m.contains(CHILD_NAME) || m.contains("school"));

        // when the carer records the police call, and the child is reported missing a second time
        concernSteps.complete(reference, Ids.REPORT_TO_POLICE, TestConcerns.with(Map.of(
                "policeReference", "PR-123", "clothing", "Blue coat"), MissingProcess.FormFields.POLICE_CALLED_AT, NOW));
        assertThat(post("sam", "/missing", "{\"lastSeenAt\":\"%s\"}".formatted(ago(1))).getStatusCode().value())
                .isEqualTo(409);

        // when the child's social worker reports the child back an hour ago
        Instant back = NOW.minus(1, ChronoUnit.HOURS);
        ResponseEntity<String> returned = post("sophie", "/returned", "{\"returnedAt\":\"%s\"}".formatted(back));

        // then the child's social worker is asked to arrange the return interview, due 72 hours after the return
        assertThat(returned.getStatusCode().value()).as(returned.getBody()).isEqualTo(200);
        Task arrange = concernSteps.openTask(reference, Ids.ARRANGE_RETURN_INTERVIEW);
        assertThat(concernSteps.responsible(arrange)).isEqualTo("sophie");
        assertThat(arrange.getDueDate()).isEqualTo(Date.from(back.plus(Duration.ofHours(72))));
        concernSteps.runDueJobs(reference);
        assertThat(recipientsOf("Arrange an independent return interview")).containsExactly("sophie@example.org");

        // when she names someone who is not a return interviewer, nothing is arranged
        assertThatThrownBy(() -> concernSteps.complete(reference, Ids.ARRANGE_RETURN_INTERVIEW,
                Map.of(MissingProcess.FormFields.RETURN_INTERVIEWER, "sam")))
                .hasMessageContaining("returnInterviewer").hasMessageContaining("choose one of the return interviewers");
        assertThat(concernSteps.openTask(reference, Ids.RETURN_INTERVIEW)).isNull();

        // when she arranges it with ivan, the interview goes to him, due 72 hours after the return
        concernSteps.complete(reference, Ids.ARRANGE_RETURN_INTERVIEW, Map.of(MissingProcess.FormFields.RETURN_INTERVIEWER, "ivan"));
        Task interview = concernSteps.openTask(reference, Ids.RETURN_INTERVIEW);
        assertThat(concernSteps.responsible(interview)).isEqualTo("ivan");
        assertThat(interview.getDueDate()).isEqualTo(Date.from(back.plus(Duration.ofHours(72))));
        JsonNode after = concern("carol", reference);
        assertThat(after.get("missingEpisodes").get(0).get("status").asText()).isEqualTo("RETURNED");
        assertThat(after.get("missingEpisodes").get(0).get("policeCalledAt").asText()).isNotEmpty();
        assertThat(after.get("chronology").findValuesAsText("type"))
                .contains("MISSING_REPORTED", "REPORTED_TO_POLICE", "RETURNED", "RETURN_INTERVIEW_ARRANGED");

        // when nobody does the interview in time, it escalates like every other step
        ClockUtil.setCurrentTime(Date.from(back.plus(Duration.ofHours(73))));
        concernSteps.runDueJobs(reference);
        assertThat(jdbc.queryForObject("select count(*) from escalation where task_id = ?", Integer.class,
                interview.getId())).isOne();

        // and once it is done, the SSW has reviewed the risk and the strategy discussion (opened at once, the concern
        // of a missing child being HIGH) is held, the episode is closed
        concernSteps.complete(reference, Ids.HOLD_STRATEGY_DISCUSSION, TestConcerns.with(Map.of("discussionNotes",
                "Police and school agreed a plan"), MissingProcess.FormFields.DISCUSSION_HELD_AT, NOW));
        concernSteps.complete(reference, Ids.RETURN_INTERVIEW, TestConcerns.with(Map.of(
                "interviewNotes", "Talked about the weekend"), MissingProcess.FormFields.INTERVIEWED_AT, ClockUtil.getCurrentTime().toInstant()));
        concernSteps.complete(reference, Ids.REVIEW_RISK_AFTER_RETURN, Map.of());
        assertThat(concern("carol", reference).get("missingEpisodes").get(0).get("status").asText()).isEqualTo("CLOSED");
        assertThat(post("carol", "/returned", "{\"returnedAt\":\"%s\"}".formatted(ago(0))).getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void outOfOfficeHoursTheEmergencyDutyTeamIsToldInsteadOfTheSocialWorker() throws Exception {
        // given a Saturday night
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-28T22:00:00Z")));

        // when carol reports the child missing
        String reference = json.readTree(post("carol", "/missing", "{\"lastSeenAt\":\"2026-11-28T20:30:00Z\"}")
                .getBody()).get("reference").asText();
        concernSteps.runDueJobs(reference);

        // then the SSW and the duty team are emailed, not the social worker whose office is closed
        assertThat(recipientsOf("Child missing from care")).containsExactlyInAnyOrder("sam@example.org", "eddie@example.org");
        assertThat(concernSteps.openTask(reference, Ids.HAND_OVER_TO_SOCIAL_WORKER)).isNull();

        // when her office opens on Monday at 09:00, the child's social worker is asked to take it over from them
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T09:00:00Z")));
        concernSteps.runDueJobs(reference);
        Task handOver = concernSteps.openTask(reference, Ids.HAND_OVER_TO_SOCIAL_WORKER);
        assertThat(concernSteps.responsible(handOver)).isEqualTo("sophie");
        assertThat(recipientsOf("Hand over to the child's social worker")).containsExactly("sophie@example.org");

        // and what she writes is refused when empty, and kept in the episode when given
        assertThatThrownBy(() -> concernSteps.complete(reference, Ids.HAND_OVER_TO_SOCIAL_WORKER, Map.of()))
                .hasMessageContaining("handOverNotes");
        concernSteps.complete(reference, Ids.HAND_OVER_TO_SOCIAL_WORKER,
                Map.of(MissingProcess.FormFields.HAND_OVER_NOTES, "Duty team rang the police at 22:10"));
        assertThat(jdbc.queryForObject("select hand_over_notes from missing_episode where concern_reference = ?",
                String.class, reference)).isEqualTo("Duty team rang the police at 22:10");
        assertThat(concern("sophie", reference).get("chronology").findValuesAsText("type")).contains("HANDED_OVER");
    }

    @Test
    void aThirdEpisodeWithin90DaysJoinsTheOpenConcernRaisesTheRiskAndTellsTheManager() throws Exception {
        // given an open concern about the child, at MEDIUM
        ResponseEntity<String> raised = http.withBasicAuth("carol", "carol").exchange("/api/concerns", HttpMethod.POST,
                jsonBody("""
                        {"childId":"%s","category":"CCE","summary":"Comes home late with cash he cannot explain",
                         "indicators":["UNEXPLAINED_GIFTS"],"observedAt":"%s"}""".formatted(child, ago(3))), String.class);
        String reference = json.readTree(raised.getBody()).get("reference").asText();
        assertThat(concern("carol", reference).get("riskLevel").asText()).isEqualTo("MEDIUM");

        // when the child goes missing and comes back twice
        for (int episode = 1; episode <= 2; episode++) {
            JsonNode joined = json.readTree(post("carol", "/missing", "{\"lastSeenAt\":\"%s\"}".formatted(ago(2))).getBody());
            assertThat(joined.get("reference").asText()).isEqualTo(reference);
            assertThat(joined.get("episodeNumber").asInt()).isEqualTo(episode);
            assertThat(joined.get("concernRaised").asBoolean()).isFalse();
            assertThat(post("carol", "/returned", "{\"returnedAt\":\"%s\"}".formatted(ago(1))).getStatusCode().value())
                    .isEqualTo(200);
        }
        concernSteps.runDueJobs(reference);
        assertThat(recipientsOf("Child missing again")).isEmpty();

        // and a third time
        post("carol", "/missing", "{\"lastSeenAt\":\"%s\"}".formatted(ago(1)));
        concernSteps.runDueJobs(reference);

        // then the risk level is HIGH and the SSW's manager is told
        JsonNode concern = concern("mark", reference);
        assertThat(concern.get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(concern.get("missingEpisodes")).hasSize(3);
        assertThat(concern.get("chronology").findValuesAsText("type")).contains("REPEATEDLY_MISSING", "RISK_RAISED");
        assertThat(recipientsOf("Child missing again")).containsExactly("mark@example.org");

        // and the dashboard lists the child as missing now, with how long
        var dashboard = TasklistLogin.signIn(port, "mark");
        JsonNode missingNow = json.readTree(dashboard.get("/dashboard/data").body()).get("missing");
        assertThat(dashboard.get("/dashboard").body()).contains("Children missing now", reference);
        assertThat(missingNow).anySatisfy(m -> {
            assertThat(m.get("childId").asText()).isEqualTo(child);
            assertThat(m.get("reference").asText()).isEqualTo(reference);
            assertThat(m.get("minutesMissing").asLong()).isEqualTo(60);
        });
    }

    @Test
    void tasklistsEntriesReportAChildMissingAndBack() {
        // when carol uses "Report a child missing" in Tasklist (the form sends day, month, year and HH:MM in UK time)
        submit("carol", MissingProcess.REPORT_MISSING_KEY, TestConcerns.with(Map.of("childId", child, "circumstances",
                "Left after a row"), MissingProcess.FormFields.LAST_SEEN_AT, Instant.parse("2026-11-30T08:30:00Z")));

        // then the child's episode is open under a new concern, and the report's text is not left in the engine
        assertThat(episodeStatus()).isEqualTo("MISSING");
        String reference = jdbc.queryForObject("select concern_reference from missing_episode where child_id = ?",
                String.class, child);
        assertThat(concernSteps.openTask(reference, Ids.REPORT_TO_POLICE)).isNotNull();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("circumstances")
                .list()).isEmpty();

        // and "Report a child back" ends the missing period
        submit("carol", MissingProcess.REPORT_RETURNED_KEY, TestConcerns.with(Map.of("childId", child),
                MissingProcess.FormFields.RETURNED_AT, Instant.parse("2026-11-30T09:45:00Z")));
        assertThat(episodeStatus()).isEqualTo("RETURNED");
        assertThat(concernSteps.openTask(reference, Ids.ARRANGE_RETURN_INTERVIEW)).isNotNull();
    }

    @Test
    void aRejectedTasklistReportStoresNothing() {
        int before = jdbc.queryForObject("select count(*) from missing_episode", Integer.class);
        assertThatThrownBy(() -> submit("frank", MissingProcess.REPORT_MISSING_KEY,
                TestConcerns.with(Map.of("childId", child), MissingProcess.FormFields.LAST_SEEN_AT,
                        Instant.parse("2026-11-30T08:30:00Z"))))
                .hasMessageContaining("not found");
        assertThat(jdbc.queryForObject("select count(*) from missing_episode", Integer.class)).isEqualTo(before);
    }

    static Stream<Arguments> badReports() {
        String future = NOW.plus(1, ChronoUnit.HOURS).toString();
        return Stream.of(
                Arguments.of("no last-seen time", "/missing", "{}", 400, "lastSeenAt"),
                Arguments.of("last seen in the future", "/missing", "{\"lastSeenAt\":\"%s\"}".formatted(future), 400, "lastSeenAt"),
                Arguments.of("not a time", "/missing", "{\"lastSeenAt\":\"yesterday\"}", 400, "lastSeenAt"),
                Arguments.of("unknown field", "/missing", "{\"lastSeenAt\":\"%s\",\"colour\":\"red\"}".formatted(NOW), 400, "colour"),
                Arguments.of("malformed JSON", "/missing", "{\"lastSeenAt\":", 400, "body"),
                Arguments.of("circumstances too long", "/missing",
                        "{\"lastSeenAt\":\"%s\",\"circumstances\":\"%s\"}".formatted(NOW, "x".repeat(4001)), 400, "circumstances"),
                Arguments.of("control character", "/missing",
                        "{\"lastSeenAt\":\"%s\",\"circumstances\":\"a\\u0007b\"}".formatted(NOW), 400, "circumstances"),
                Arguments.of("back but never missing", "/returned", "{\"returnedAt\":\"%s\"}".formatted(NOW), 409, null),
                Arguments.of("back in the future", "/returned", "{\"returnedAt\":\"%s\"}".formatted(future), 400, "returnedAt"),
                Arguments.of("back with no time", "/returned", "{}", 400, "returnedAt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReports")
    void badReportsAreRejectedNamingTheProblemAndStoreNothing(String why, String path, String body, int status,
            String field) throws Exception {
        long concernsBefore = concerns.count();
        int episodesBefore = jdbc.queryForObject("select count(*) from missing_episode", Integer.class);

        ResponseEntity<String> response = post("carol", path, body);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        if (field != null) {
            assertThat(json.readTree(response.getBody()).get("errors"))
                    .anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
        }
        assertThat(concerns.count()).isEqualTo(concernsBefore);
        assertThat(jdbc.queryForObject("select count(*) from missing_episode", Integer.class)).isEqualTo(episodesBefore);
    }

    @Test
    void onlyPeopleCloseToTheChildReportItAndOthersLearnNothing() {
        String body = "{\"lastSeenAt\":\"%s\"}".formatted(ago(1));
        // frank is not this child's carer, and a child that does not exist answers the same
        ResponseEntity<String> frank = post("frank", "/missing", body);
        assertThat(frank.getStatusCode().value()).isEqualTo(404);
        assertThat(http.withBasicAuth("carol", "carol").exchange("/api/children/C-0000/missing", HttpMethod.POST,
                jsonBody(body), String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(frank.getBody()).doesNotContain(CHILD_NAME);
        // managers follow missing children on the dashboard; they do not report them
        assertThat(post("mark", "/missing", body).getStatusCode().value()).isEqualTo(403);
        assertThat(http.exchange("/api/children/" + child + "/missing", HttpMethod.POST, jsonBody(body), String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from missing_episode where child_id = ?", Integer.class, child))
                .isZero();
    }

    @Test
    void theMissingPersonProfileIsPreparedAheadAndShownWithTheEpisodeForThePolice() throws Exception {
        // given carol prepares the child's profile in advance
        ResponseEntity<String> saved = http.withBasicAuth("carol", "carol").exchange(
                "/api/children/" + child + "/missing-person-profile", HttpMethod.PUT, jsonBody("""
                        {"description":"Short, red jacket <b>often</b>","photoReference":null,"associates":null,
                         "places":"The skate park","phone":"ends 0999","socialMedia":null}"""),
                String.class);
        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);

        // then people who may see the child read it; others learn nothing; bad text is refused
        assertThat(json.readTree(http.withBasicAuth("eddie", "eddie").getForEntity("/api/children/" + child
                + "/missing-person-profile", String.class).getBody()).get("details").get("places").asText())
                .isEqualTo("The skate park");
        assertThat(http.withBasicAuth("frank", "frank").getForEntity("/api/children/" + child
                + "/missing-person-profile", String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(http.withBasicAuth("carol", "carol").exchange("/api/children/" + child + "/missing-person-profile",
                HttpMethod.PATCH, jsonBody("{\"phone\":\"a\\u0000b\"}"), String.class).getStatusCode().value()).isEqualTo(400);

        // when the child goes missing, the concern page shows the episode with the profile, the text escaped
        String reference = json.readTree(post("carol", "/missing", """
                {"lastSeenAt":"%s","circumstances":"Went out <script>x</script>"}""".formatted(ago(1))).getBody())
                .get("reference").asText();
        String page = TasklistLogin.signIn(port, "sam").get("/concerns/" + reference).body();
        assertThat(page).contains("Missing from care", "Missing-person profile", "The skate park",
                "Short, red jacket &lt;b&gt;often&lt;/b&gt;", "Went out &lt;script&gt;").doesNotContain("<script>x");

        // and the child's chronology, over all their concerns, records the episode
        JsonNode chronology = json.readTree(http.withBasicAuth("sophie", "sophie")
                .getForEntity("/api/children/" + child + "/chronology", String.class).getBody());
        assertThat(chronology.findValuesAsText("type")).contains("RAISED", "MISSING_REPORTED");
        assertThat(chronology.findValuesAsText("reference")).containsOnly(reference);
        assertThat(http.withBasicAuth("frank", "frank").getForEntity("/api/children/" + child + "/chronology",
                String.class).getStatusCode().value()).isEqualTo(404);
    }

    private String episodeStatus() {
        return jdbc.queryForObject("select status from missing_episode where child_id = ?", String.class, child);
    }

    private String submit(String user, String key, Map<String, Object> form) {
        return concernSteps.as(user, () -> engine.getFormService().submitStartForm(engine.getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId(),
                new HashMap<>(form)).getId());
    }

    private static String ago(int hours) {
        return NOW.minus(hours, ChronoUnit.HOURS).toString();
    }

    /** The concern's open tasks as "step:responsible". */
    private static Stream<String> steps(JsonNode concern) {
        return java.util.stream.StreamSupport.stream(concern.get("openTasks").spliterator(), false)
                .map(task -> task.get("step").asText() + ":" + task.get("responsible").asText());
    }

    private JsonNode concern(String user, String reference) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, user).getForEntity("/api/concerns/" + reference,
                String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private Stream<String> recipientsOf(String subject) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> subjectOf(m).startsWith(subject))
                .flatMap(m -> Arrays.stream(recipients(m)));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toArray(String[]::new);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        return http.withBasicAuth(user, user).exchange("/api/children/" + child + path, HttpMethod.POST, jsonBody(body),
                String.class);
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
