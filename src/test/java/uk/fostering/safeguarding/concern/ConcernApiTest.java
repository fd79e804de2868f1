package uk.fostering.safeguarding.concern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.process.ConcernProcess;

@IntegrationTest
class ConcernApiTest {

    private static final String AN_HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS).toString();

    @Autowired
    TestRestTemplate http;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    ObjectMapper json;
    @Autowired
    HistoryService history;

    @Test
    void carerRaisesAConcernAndFollowsIt() throws Exception {
        // when carol raises a concern about a child placed with her
        ResponseEntity<String> created = post("carol", """
                {"childId":"C-1001","category":"CSE","summary":"Came home with a new phone and would not say where from",
                 "indicators":["UNEXPLAINED_GIFTS","SECRETIVE_ONLINE"],"observedAt":"%s",
                 "childMissing":false,"immediateDanger":false}""".formatted(AN_HOUR_AGO));

        // then it has a reference and a risk level, and its first step waits for carol
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode body = json.readTree(created.getBody());
        String reference = body.get("reference").asText();
        assertThat(reference).matches("SC-\\d{4}-\\d{6}");
        assertThat(body.get("riskLevel").asText()).isEqualTo("MEDIUM");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/concerns/" + reference);

        JsonNode concern = json.readTree(get("carol", "/api/concerns/" + reference).getBody());
        assertThat(concern.get("childId").asText()).isEqualTo("C-1001");
        assertThat(concern.get("status").asText()).isEqualTo("OPEN");
        assertThat(concern.get("openTasks")).anySatisfy(task -> {
            assertThat(task.get("step").asText()).isEqualTo("Task_RecordConcern");
            assertThat(task.get("responsible").asText()).isEqualTo("carol");
        });
        assertThat(concern.get("chronology").get(0).get("type").asText()).isEqualTo("RAISED");
        assertThat(concern.get("missingEpisodes").isArray()).isTrue();

        // and the people linked to the child see it; others get the same 404 as for no concern at all
        assertThat(get("sam", "/api/concerns/" + reference).getStatusCode().value()).isEqualTo(200);
        assertThat(get("sophie", "/api/concerns/" + reference).getStatusCode().value()).isEqualTo(200);
        assertThat(get("mark", "/api/concerns/" + reference).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> frank = get("frank", "/api/concerns/" + reference);
        ResponseEntity<String> nothing = get("frank", "/api/concerns/SC-1999-999999");
        assertThat(frank.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(frank.getBody()).get("title")).isEqualTo(json.readTree(nothing.getBody()).get("title"));
        assertThat(frank.getBody()).doesNotContain("C-1001");
    }

    @Test
    void riskLevelFollowsAgeAndDanger() throws Exception {
        assertThat(raise("carol", "C-1002", false)).isEqualTo("HIGH");
        assertThat(raise("carol", "C-1001", true)).isEqualTo("CRITICAL");
    }

    @Test
    void ssWMayRaiseOnACarersBehalfButNotForAnotherCarer() throws Exception {
        assertThat(raise("sam", "C-1001", false)).isEqualTo("MEDIUM");
        assertThat(post("sam", validBody("C-1003")).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void listShowsOnlyTheCallersChildrenNewestFirst() throws Exception {
        raise("carol", "C-1001", false);
        raise("frank", "C-1003", false);

        JsonNode carols = json.readTree(get("carol", "/api/concerns").getBody());
        // other tests place children of their own with carol, so the check is that frank's child never shows
        assertThat(carols).isNotEmpty().extracting(c -> c.get("childId").asText()).contains("C-1001")
                .doesNotContain("C-1003");
        JsonNode franks = json.readTree(get("frank", "/api/concerns?childId=C-1001").getBody());
        assertThat(franks).isEmpty();
        JsonNode marks = json.readTree(get("mark", "/api/concerns?status=OPEN").getBody());
        assertThat(marks).extracting(c -> c.get("childId").asText()).contains("C-1001", "C-1003");
        assertThat(marks.get(0).get("raisedAt").asText()).isGreaterThanOrEqualTo(marks.get(marks.size() - 1).get("raisedAt").asText());
        assertThat(marks.get(0).has("summary")).isFalse();
        assertThat(get("mark", "/api/concerns?status=WHATEVER").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void withoutValidLoginTheAnswerIs401() {
        assertThat(http.getForEntity("/api/concerns", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth("nobody", "wrong").getForEntity("/api/concerns", String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth("carol", "carol").getForEntity("/engine-rest/task?maxResults=50", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void requestsTheApiDoesNotServeGetTheirOwnStatusNotAServerError() {
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        assertThat(get("carol", "/api/nothing-here").getStatusCode().value()).isEqualTo(404);
        assertThat(http.withBasicAuth("carol", "carol").exchange("/api/concerns", HttpMethod.DELETE, null, String.class)
                .getStatusCode().value()).isEqualTo(405);
        assertThat(http.withBasicAuth("carol", "carol").exchange("/api/concerns", HttpMethod.POST,
                new HttpEntity<>("hello", text), String.class).getStatusCode().value()).isEqualTo(415);
    }

    static Stream<Arguments> badRequests() {
        String future = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        return Stream.of(
                Arguments.of("not JSON", "{\"childId\":", "body"),
                Arguments.of("unknown field", validBody("C-1001").replace("{", "{\"colour\":\"red\","), "colour"),
                Arguments.of("missing child", validBody("C-1001").replace("\"childId\":\"C-1001\",", ""), "childId"),
                Arguments.of("malformed child id", validBody("child 1/../x"), "childId"),
                Arguments.of("unknown category", validBody("C-1001").replace("\"CSE\"", "\"SOMETHING\""), "category"),
                Arguments.of("summary too short", validBody("C-1001").replace("Seen getting into a car with two adults", "short"), "summary"),
                Arguments.of("summary too long", validBody("C-1001").replace("Seen getting into a car", "x".repeat(4001)), "summary"),
                Arguments.of("control character", validBody("C-1001").replace("Seen getting", "Seen \\u0007 getting"), "summary"),
                Arguments.of("unknown indicator", validBody("C-1001").replace("UNKNOWN_ADULTS_OR_CARS", "ALIENS"), "indicators[0]"),
                Arguments.of("observed in the future", validBody("C-1001").replace(AN_HOUR_AGO, future), "observedAt"),
                Arguments.of("date of the wrong format", validBody("C-1001").replace(AN_HOUR_AGO, "yesterday"), "observedAt"),
                Arguments.of("boolean of the wrong type", validBody("C-1001").replace("\"childMissing\":false", "\"childMissing\":[1]"), "childMissing"),
                Arguments.of("number where text belongs", validBody("C-1001").replace("\"CSE\"", "42"), "category"),
                Arguments.of("list where text belongs", validBody("C-1001").replace("\"Seen getting into a car with two adults\"", "[\"a\"]"), "summary"),
                Arguments.of("terminal escape control character", validBody("C-1001").replace("Seen getting", "Seen \\u001b[31m getting"), "summary"),
                Arguments.of("empty body", "", "body"),
                Arguments.of("JSON array instead of an object", "[]", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsRejectedNamingTheFieldAndStoresNothing(String why, String body, String field) throws Exception {
        long before = concerns.count();
        long processesBefore = processes();

        ResponseEntity<String> response = post("carol", body);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("errors"))
                .anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
        assertThat(concerns.count()).isEqualTo(before);
        assertThat(processes()).isEqualTo(processesBefore);
    }

    static Stream<Arguments> refusedRequests() {
        return Stream.of(
                Arguments.of("unknown child", "carol", validBody("C-9999"), 404, "Child C-9999 not found"),
                Arguments.of("another carer's child", "carol", validBody("C-1003"), 404, "Child C-1003 not found"),
                Arguments.of("a child's social worker is not the one to raise it", "sophie", validBody("C-1001"), 404,
                        "Child C-1001 not found"),
                Arguments.of("body over 64 KB", "carol", validBody("C-1001").replace("Seen getting",
                        "x".repeat(70 * 1024)), 413, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRequests")
    void refusedRequestsSayWhyAndStoreNothing(String why, String user, String body, int status, String says) {
        long before = concerns.count();
        long processesBefore = processes();

        ResponseEntity<String> response = post(user, body);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(String.valueOf(response.getBody())).contains(says);
        assertThat(concerns.count()).isEqualTo(before);
        assertThat(processes()).isEqualTo(processesBefore);
    }

    @Test
    void theSameConcernSubmittedTwiceIsRaisedOnce() throws Exception {
        String body = validBody("C-1002").replace("Seen getting into a car", "Seen getting into a car " + UUID.randomUUID());
        ResponseEntity<String> first = post("carol", body);
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        long after = concerns.count();
        long processesAfter = processes();

        ResponseEntity<String> again = post("carol", body);

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = json.readTree(again.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("Duplicate concern");
        assertThat(problem.get("reference").asText()).isEqualTo(json.readTree(first.getBody()).get("reference").asText());
        assertThat(concerns.count()).isEqualTo(after);
        assertThat(processes()).isEqualTo(processesAfter);
    }

    private long processes() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(ConcernProcess.KEY).count();
    }

    @ParameterizedTest(name = "{0} about a 16-year-old: {1}")
    @MethodSource("criminalExploitationSigns")
    void theSignsOfCriminalExploitationCountLikeTheOthers(String sign, String expected) throws Exception {
        // frank's C-1003 is 16: only the signs themselves decide the level
        ResponseEntity<String> response = post("frank", validBody("C-1003").replace("\"CSE\"", "\"CCE\"")
                .replace("UNKNOWN_ADULTS_OR_CARS", sign).replace("two adults", "two adults " + UUID.randomUUID()));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        assertThat(json.readTree(response.getBody()).get("riskLevel").asText()).isEqualTo(expected);
    }

    static Stream<Arguments> criminalExploitationSigns() {
        // harm or control already in place is serious on its own, as the serious signs of sexual exploitation are
        return Stream.of(Arguments.of("UNEXPLAINED_CASH_OR_PHONES", "MEDIUM"), Arguments.of("TRAVEL_OUT_OF_AREA", "MEDIUM"),
                Arguments.of("OFFENDING_OR_WEAPONS", "HIGH"), Arguments.of("CONTROLLED_OR_IN_DEBT", "HIGH"));
    }

    private String raise(String user, String childId, boolean danger) throws Exception {
        // a concern of its own each time: the same words about the same moment would be a duplicate
        ResponseEntity<String> response = post(user, validBody(childId).replace("\"immediateDanger\":false",
                "\"immediateDanger\":" + danger).replace("two adults", "two adults " + UUID.randomUUID()));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return json.readTree(response.getBody()).get("riskLevel").asText();
    }

    private static String validBody(String childId) {
        return """
                {"childId":"%s","category":"CSE","summary":"Seen getting into a car with two adults",
                 "indicators":["UNKNOWN_ADULTS_OR_CARS"],"observedAt":"%s","childMissing":false,"immediateDanger":false}"""
                .formatted(childId, AN_HOUR_AGO);
    }

    private ResponseEntity<String> post(String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange("/api/concerns", HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, user).getForEntity(path, String.class);
    }
}
