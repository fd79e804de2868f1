package uk.fostering.safeguarding.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
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
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.MissingProcess;

/**
 * Finding 9 of issue 12: a form the service refuses (a start form, a step's completion) answers 400 in Camunda's
 * error shape with the field named and why in plain words, through Tasklist's own API as Tasklist calls it and
 * through /engine-rest alike, instead of a 500 with the engine's text; and nothing changed.
 */
@IntegrationTest
class EngineInputErrorsTest {

    private static final Instant TOMORROW = Instant.now().plus(1, ChronoUnit.DAYS);
    private static final String TASKLIST = "/camunda/api/engine/engine/default";
    private static final String ENGINE_REST = "/engine-rest";

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    static Stream<Arguments> refusedStartForms() {
        return Stream.of(TASKLIST, ENGINE_REST).flatMap(api -> Stream.of(
                Arguments.of(api, "a control character", ConcernProcess.KEY,
                        raise("Seen getting \\u0007 into a car", "CSE", Instant.now().minusSeconds(3600)), "summary"),
                Arguments.of(api, "a future date", ConcernProcess.KEY,
                        raise("Seen getting into a car with two adults", "CSE", TOMORROW), "observedAtDay"),
                Arguments.of(api, "an unknown category", ConcernProcess.KEY,
                        raise("Seen getting into a car with two adults", "SOMETHING", Instant.now()), "category"),
                Arguments.of(api, "4001 characters", ConcernProcess.KEY,
                        raise("x".repeat(4001), "CSE", Instant.now()), "summary"),
                // the date and time typed the UK way, in parts: each refusal names the part to correct
                Arguments.of(api, "31 February", ConcernProcess.KEY, raise(typed(31, 2, 2026, "\"10:00\"")), "observedAtDay"),
                Arguments.of(api, "month 13", ConcernProcess.KEY, raise(typed(1, 13, 2026, "\"10:00\"")), "observedAtMonth"),
                Arguments.of(api, "a two-digit year", ConcernProcess.KEY, raise(typed(1, 11, 26, "\"10:00\"")), "observedAtYear"),
                Arguments.of(api, "24:00", ConcernProcess.KEY, raise(typed(1, 11, 2026, "\"24:00\"")), "observedAtTime"),
                Arguments.of(api, "7:5", ConcernProcess.KEY, raise(typed(1, 11, 2026, "\"7:5\"")), "observedAtTime"),
                Arguments.of(api, "19.41", ConcernProcess.KEY, raise(typed(1, 11, 2026, "\"19.41\"")), "observedAtTime"),
                Arguments.of(api, "no time", ConcernProcess.KEY, raise(typed(1, 11, 2026, "null")), "observedAtTime"),
                Arguments.of(api, "an empty date", ConcernProcess.KEY, raise(
                        "\"observedAtDay\":{\"value\":null},\"observedAtMonth\":{\"value\":null},"
                                + "\"observedAtYear\":{\"value\":null},\"observedAtTime\":{\"value\":\"\"}"), "observedAtDay"),
                Arguments.of(api, "no date at all", ConcernProcess.KEY, raise(""), "observedAtDay"),
                Arguments.of(api, "21 years ago", ConcernProcess.KEY,
                        raise("Seen getting into a car with two adults", "CSE", Instant.now().minus(Duration.ofDays(21 * 366))),
                        "observedAtYear"),
                Arguments.of(api, "a missing report in the future", MissingProcess.REPORT_MISSING_KEY,
                        "{\"variables\":{\"childId\":{\"value\":\"C-1002\",\"type\":\"String\"},"
                                + TestConcerns.dateTimeJson(MissingProcess.FormFields.LAST_SEEN_AT, TOMORROW) + "}}",
                        "lastSeenAtDay"),
                Arguments.of(api, "a return in the future", MissingProcess.REPORT_RETURNED_KEY,
                        "{\"variables\":{\"childId\":{\"value\":\"C-1002\",\"type\":\"String\"},"
                                + TestConcerns.dateTimeJson(MissingProcess.FormFields.RETURNED_AT, TOMORROW) + "}}", "returnedAtDay")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedStartForms")
    void aRefusedStartFormIs400NamingTheFieldAndStartsNothing(String api, String why, String key, String form, String field)
            throws Exception {
        long processes = history.createHistoricProcessInstanceQuery().count();
        long concerns = jdbc.queryForObject("select count(*) from concern", Long.class);

        Answer answer = post(api, "/process-definition/key/" + key + "/submit-form", form);

        assertRefused(answer, field);
        assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(processes);
        assertThat(jdbc.queryForObject("select count(*) from concern", Long.class)).isEqualTo(concerns);
    }

    @Test
    void aTimeTypedTheUkWayIsStoredToTheMinuteAndJustNowIsNotTheFuture() {
        TestConcerns concerns = new TestConcerns(engine);
        Instant now = Instant.now();
        // the minute now, and the next minute on a watch a little fast: neither is refused as in the future
        String thisMinute = concerns.raiseInTasklist("carol", TestConcerns.with(
                TestConcerns.startForm("C-1001", "Came home with a new phone " + UUID.randomUUID()),
                ConcernProcess.FormFields.OBSERVED_AT, now)).getBusinessKey();
        String nextMinute = concerns.raiseInTasklist("carol", TestConcerns.with(
                TestConcerns.startForm("C-1001", "Came home with a new phone " + UUID.randomUUID()),
                ConcernProcess.FormFields.OBSERVED_AT, now.plus(Duration.ofMinutes(1)))).getBusinessKey();

        assertThat(observedAt(thisMinute)).isEqualTo(now.truncatedTo(ChronoUnit.MINUTES));
        // a time ahead of the server's clock is kept as the moment it was sent, never as a time still to come
        assertThat(observedAt(nextMinute)).isBetween(now, Instant.now());
    }

    private Instant observedAt(String reference) {
        return jdbc.queryForObject("select observed_at from concern where reference = ?", OffsetDateTime.class, reference)
                .toInstant();
    }

    static Stream<Arguments> emptyCompletions() {
        return Stream.of(TASKLIST, ENGINE_REST).flatMap(api -> Stream.of(
                Arguments.of(api, "submit-form"), Arguments.of(api, "complete")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("emptyCompletions")
    void anEmptyCompletionIs400NamingTheMissingFieldAndTheStepStaysOpen(String api, String how) throws Exception {
        TestConcerns concerns = new TestConcerns(engine);
        String reference = concerns.raiseInTasklist("carol", TestConcerns.startForm("C-1001",
                "Came home late with a new phone " + UUID.randomUUID())).getBusinessKey();
        concerns.claim(reference, Ids.RECORD_CONCERN);
        String taskId = concerns.openTask(reference, Ids.RECORD_CONCERN).getId();
        long events = jdbc.queryForObject("select count(*) from concern_event", Long.class);

        Answer answer = post(api, "/task/" + taskId + "/" + how, "{\"variables\":{}}");

        assertRefused(answer, "facts");
        assertThat(concerns.openTask(reference, Ids.RECORD_CONCERN).getId()).isEqualTo(taskId);
        assertThat(jdbc.queryForObject("select count(*) from concern_event", Long.class)).isEqualTo(events);
    }

    private void assertRefused(Answer answer, String field) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode body = json.readTree(answer.body());
        assertThat(body.get("type").asText()).isEqualTo("InvalidInput");
        assertThat(body.get("field").asText()).isEqualTo(field);
        assertThat(body.get("message").asText()).startsWith(field + ": ")
                .doesNotContain("ENGINE-", "Exception", "uk.fostering", "process definition");
    }

    /** carol, as Tasklist calls it (her session and its CSRF token) or through /engine-rest with HTTP Basic. */
    private Answer post(String api, String path, String body) throws Exception {
        if (api.equals(TASKLIST)) {
            var response = TasklistLogin.signIn(port, "carol").postJson(api + path, body);
            return new Answer(response.statusCode(), response.body());
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = http.withBasicAuth("carol", "carol").exchange(api + path, HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        return new Answer(response.getStatusCode().value(), response.getBody());
    }

    private static String raise(String summary, String category, Instant observedAt) {
        return raise(summary, category, TestConcerns.dateTimeJson(ConcernProcess.FormFields.OBSERVED_AT, observedAt));
    }

    /** A valid raise form but for its date and time, given as the variables of its parts (or none). */
    private static String raise(String observedAt) {
        return raise("Seen getting into a car with two adults", "CSE", observedAt);
    }

    private static String raise(String summary, String category, String observedAt) {
        return """
                {"variables":{"childId":{"value":"C-1001","type":"String"},"category":{"value":"%s","type":"String"},
                 "summary":{"value":"%s","type":"String"},%s
                 "childMissing":{"value":false,"type":"Boolean"},"immediateDanger":{"value":false,"type":"Boolean"}}}"""
                .formatted(category, summary, observedAt.isEmpty() ? "" : observedAt + ",");
    }

    /** The raise form's date as typed: day, month and year as numbers, the time as a JSON value (a text or null). */
    private static String typed(int day, int month, int year, String time) {
        return ("\"observedAtDay\":{\"value\":%d,\"type\":\"Integer\"},\"observedAtMonth\":{\"value\":%d,\"type\":\"Integer\"},"
                + "\"observedAtYear\":{\"value\":%d,\"type\":\"Integer\"},\"observedAtTime\":{\"value\":%s}")
                .formatted(day, month, year, time);
    }

    private record Answer(int status, String body) {
    }
}
