package uk.fostering.safeguarding.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;

/**
 * Finding 8 and item 6 of issue 12: every request body of the service's API takes JSON only (415 otherwise),
 * each value strictly as its type (no numbers for dates or booleans, no lone surrogates, dates in range),
 * and a bad value answers 400 naming the field, with nothing stored.
 */
@IntegrationTest
class ApiInputTest {

    private static final String AN_HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS).toString();
    private static final String TOMORROW = Instant.now().plus(1, ChronoUnit.DAYS).toString();
    private static final String CONCERN = "/api/concerns";
    private static final String MISSING = "/api/children/C-1002/missing";
    private static final String RETURNED = "/api/children/C-1002/returned";
    private static final String PROFILE = "/api/children/C-1002/missing-person-profile";
    private static final String NOTICE = "/api/concerns/SC-2026-999999/social-worker-notice";
    private static final String JSON = "application/json";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService history;
    @Autowired
    ObjectMapper json;

    static Stream<Arguments> badValues() {
        return Stream.of(
                // the concern
                bad(CONCERN, concern().replace(quoted(AN_HOUR_AGO), "1e400"), "observedAt"),
                bad(CONCERN, concern().replace(quoted(AN_HOUR_AGO), "1700000000"), "observedAt"),
                bad(CONCERN, concern().replace(AN_HOUR_AGO, "2026-11-30"), "observedAt"),
                bad(CONCERN, concern().replace(AN_HOUR_AGO, "2026-11-30T10:00:00"), "observedAt"),
                bad(CONCERN, concern().replace(AN_HOUR_AGO, "0001-01-01T00:00:00Z"), "observedAt"),
                bad(CONCERN, concern().replace(AN_HOUR_AGO, "-999999999-01-01T00:00:00Z"), "observedAt"),
                bad(CONCERN, concern().replace(AN_HOUR_AGO, TOMORROW), "observedAt"),
                bad(CONCERN, concern().replace("\"immediateDanger\":false", "\"immediateDanger\":1"), "immediateDanger"),
                bad(CONCERN, concern().replace("\"immediateDanger\":false", "\"immediateDanger\":\"true\""), "immediateDanger"),
                bad(CONCERN, concern().replace("\"childMissing\":false", "\"childMissing\":0"), "childMissing"),
                bad(CONCERN, concern().replace("two adults", "two adults \\ud800"), "summary"),
                bad(CONCERN, concern().replace("two adults", "two adults \\udc00 and more"), "summary"),
                bad(CONCERN, concern().replace("\"Seen getting into a car with two adults\"", "12345678901"), "summary"),
                bad(CONCERN, concern().replace("\"Seen getting into a car with two adults\"", "true"), "summary"),
                bad(CONCERN, concern().replace("\"CSE\"", "0"), "category"),
                bad(CONCERN, concern().replace("[\"UNKNOWN_ADULTS_OR_CARS\"]", "[0]"), "indicators[0]"),
                bad(CONCERN, concern().replace("[\"UNKNOWN_ADULTS_OR_CARS\"]", "\"UNKNOWN_ADULTS_OR_CARS\""), "indicators"),
                bad(CONCERN, concern().replace("\"C-1001\"", "1001"), "childId"),
                // a child reported missing
                bad(MISSING, missing().replace(quoted(AN_HOUR_AGO), "1e400"), "lastSeenAt"),
                bad(MISSING, missing().replace(quoted(AN_HOUR_AGO), "1700000000"), "lastSeenAt"),
                bad(MISSING, missing().replace(quoted(AN_HOUR_AGO), "false"), "lastSeenAt"),
                bad(MISSING, missing().replace(AN_HOUR_AGO, "0001-01-01T00:00:00Z"), "lastSeenAt"),
                bad(MISSING, missing().replace(AN_HOUR_AGO, TOMORROW), "lastSeenAt"),
                bad(MISSING, missing().replace("at the park", "at the park \\ud800"), "circumstances"),
                bad(MISSING, missing().replace("\"Left at the park\"", "42"), "circumstances"),
                // a child reported back
                bad(RETURNED, "{\"returnedAt\":1e400}", "returnedAt"),
                bad(RETURNED, "{\"returnedAt\":1700000000}", "returnedAt"),
                bad(RETURNED, "{\"returnedAt\":true}", "returnedAt"),
                bad(RETURNED, "{\"returnedAt\":\"2026-11-30\"}", "returnedAt"),
                bad(RETURNED, "{\"returnedAt\":\"" + TOMORROW + "\"}", "returnedAt"),
                // the missing-person profile, given whole
                bad(PROFILE, profile().replace("\"07700 900123\"", "7700900123"), "phone"),
                bad(PROFILE, profile().replace("Tall, dark hair", "Tall, dark hair \\ud800"), "description"),
                bad(PROFILE, profile().replace("\"@someone\"", "[\"@someone\"]"), "socialMedia"),
                bad(PROFILE, profile().replace("\"@someone\"", "false"), "socialMedia"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badValues")
    void aBadValueIsRefusedNamingTheFieldAndNothingIsStored(String path, String body, String field) throws Exception {
        Stored before = stored();

        ResponseEntity<String> response = send(HttpMethod.valueOf(path.equals(PROFILE) ? "PUT" : "POST"), path, JSON, body);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("errors"))
                .anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
        assertThat(stored()).isEqualTo(before);
    }

    static Stream<Arguments> otherFormats() {
        String xml = "<raiseConcernRequest><childId>C-1001</childId><category>CSE</category>"
                + "<summary>Seen getting into a car with two adults</summary><observedAt>" + AN_HOUR_AGO
                + "</observedAt></raiseConcernRequest>";
        String yaml = "childId: C-1001\ncategory: CSE\nsummary: Seen getting into a car with two adults\nobservedAt: "
                + AN_HOUR_AGO + "\ncolour: red\n";
        return Stream.of(
                Arguments.of("POST", CONCERN, "application/xml", xml),
                Arguments.of("POST", CONCERN, "text/xml", xml),
                Arguments.of("POST", CONCERN, "application/yaml", yaml),
                Arguments.of("POST", CONCERN, "application/x-yaml", yaml),
                Arguments.of("POST", CONCERN, "application/x-www-form-urlencoded", "childId=C-1001&category=CSE"),
                Arguments.of("POST", CONCERN, "application/problem+json", concern()),
                Arguments.of("POST", CONCERN, "application/json; charset=ISO-8859-1", concern()),
                Arguments.of("POST", CONCERN, "application/json; version=2", concern()),
                Arguments.of("POST", CONCERN, null, concern()),
                Arguments.of("POST", MISSING, "application/yaml", "lastSeenAt: " + AN_HOUR_AGO + "\n"),
                Arguments.of("POST", RETURNED, "application/xml", "<r><returnedAt>" + AN_HOUR_AGO + "</returnedAt></r>"),
                Arguments.of("PUT", PROFILE, "application/xml", "<p><phone>07700 900123</phone></p>"),
                Arguments.of("POST", NOTICE, "application/xml", "<notice/>"));
    }

    @ParameterizedTest(name = "{1} as {2}")
    @MethodSource("otherFormats")
    void aBodyThatIsNotJsonIsRefusedAndNothingIsStored(String method, String path, String type, String body) {
        Stored before = stored();

        ResponseEntity<String> response = send(HttpMethod.valueOf(method), path, type, body);

        assertThat(response.getStatusCode().value()).isEqualTo(415);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void jsonWithItsCharsetIsAcceptedAndAWholeCharacterOutsideTheBasicPlaneIsKept() {
        String summary = "Seen getting into a car with two adults, sent \ud83d\ude97 " + UUID.randomUUID();
        ResponseEntity<String> response = send(HttpMethod.POST, CONCERN, "application/json;charset=UTF-8",
                concern().replace("Seen getting into a car with two adults", summary));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        assertThat(jdbc.queryForList("select summary from concern where summary like ?", String.class,
                "%" + summary.substring(summary.length() - 36))).containsExactly(summary);
    }

    private static Arguments bad(String path, String body, String field) {
        return Arguments.of(path, body, field);
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String concern() {
        return """
                {"childId":"C-1001","category":"CSE","summary":"Seen getting into a car with two adults",
                 "indicators":["UNKNOWN_ADULTS_OR_CARS"],"observedAt":"%s","childMissing":false,"immediateDanger":false}"""
                .formatted(AN_HOUR_AGO);
    }

    private static String missing() {
        return "{\"lastSeenAt\":\"%s\",\"circumstances\":\"Left at the park\"}".formatted(AN_HOUR_AGO);
    }

    private static String profile() {
        return """
                {"description":"Tall, dark hair","photoReference":"photo-17","associates":"None known",
                 "places":"The park","phone":"07700 900123","socialMedia":"@someone"}""";
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String type, String body) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, type);
        }
        return http.withBasicAuth("carol", "carol").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    /** Everything a request could have stored: concerns and their events, episodes, profiles, processes. */
    private Stored stored() {
        return new Stored(jdbc.queryForObject("select count(*) from concern", Long.class),
                jdbc.queryForObject("select count(*) from concern_event", Long.class),
                jdbc.queryForObject("select count(*) from missing_episode", Long.class),
                jdbc.queryForList("select * from missing_person_profile where child_id = 'C-1002'").toString(),
                history.createHistoricProcessInstanceQuery().count());
    }

    private record Stored(long concerns, long events, long episodes, String profile, long processes) {
    }
}
