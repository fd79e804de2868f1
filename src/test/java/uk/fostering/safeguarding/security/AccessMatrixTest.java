package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/**
 * Every demo person (and nobody at all) against every entry point to a concern: the service's API,
 * Camunda's REST API and the dashboard. carol's concern is about C-1001 (SSW sam, social worker
 * sophie); frank's about C-1003 (SSW sunita, social worker sophie). Managers and the duty team see
 * both; the return interviewer and the administrator see neither.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final String ANONYMOUS = "(nobody)";
    private static final Set<String> SEE_CAROLS = Set.of("carol", "sam", "sophie", "mark", "rachel", "eddie");
    private static final Set<String> SEE_FRANKS = Set.of("frank", "sunita", "sophie", "mark", "rachel", "eddie");
    private static final Set<String> OVERSEE = Set.of("mark", "rachel", "eddie");
    /** Linked to C-1003 (frank's child) in the registry, or overseeing every child. */
    private static final Set<String> SEE_FRANKS_CHILD = Set.of("frank", "sunita", "sophie", "mark", "rachel", "eddie");
    /** Roles that report a child missing or back at all; which child is then checked against the registry. */
    private static final Set<String> REPORTERS = Set.of("carol", "frank", "sam", "sunita", "sophie", "leon", "eddie");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    private Concern carols;
    private Concern franks;

    record Concern(String reference, String processInstanceId, String taskId) {
    }

    @BeforeAll
    void twoConcerns() throws Exception {
        carols = raise("carol", "C-1001");
        franks = raise("frank", "C-1003");
    }

    static Stream<Arguments> everyone() {
        return Stream.of("carol", "frank", "sam", "sunita", "sophie", "leon", "mark", "rachel", "eddie", "ivan", "admin",
                ANONYMOUS).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void readingAConcern(String user) throws Exception {
        for (Concern concern : List.of(carols, franks)) {
            boolean sees = (concern == carols ? SEE_CAROLS : SEE_FRANKS).contains(user);
            ResponseEntity<String> response = get(user, "/api/concerns/" + concern.reference());
            assertThat(response.getStatusCode().value()).as(concern.reference())
                    .isEqualTo(user.equals(ANONYMOUS) ? 401 : sees ? 200 : 404);
            if (!sees) {
                assertThat(String.valueOf(response.getBody())).doesNotContain("C-1001", "C-1003", "Seen getting");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void listingConcerns(String user) throws Exception {
        ResponseEntity<String> response = get(user, "/api/concerns");
        if (user.equals(ANONYMOUS)) {
            assertThat(response.getStatusCode().value()).isEqualTo(401);
            return;
        }
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<String> listed = new ArrayList<>();
        json.readTree(response.getBody()).forEach(c -> listed.add(c.get("reference").asText()));
        assertListed(listed, user);
        // filtering by another person's child shows nothing rather than their concerns
        ResponseEntity<String> franksChild = get(user, "/api/concerns?childId=C-1003");
        assertThat(franksChild.getStatusCode().value()).isEqualTo(200);
        assertThat(franksChild.getBody().contains(franks.reference())).isEqualTo(SEE_FRANKS.contains(user));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void readingTheAuditTrail(String user) {
        ResponseEntity<String> response = get(user, "/api/concerns/" + carols.reference() + "/audit");
        int expected = user.equals(ANONYMOUS) ? 401 : Set.of("mark", "rachel").contains(user) ? 200 : 404;
        assertThat(response.getStatusCode().value()).isEqualTo(expected);
        if (expected == 404) {
            assertThat(String.valueOf(response.getBody())).doesNotContain("VIEWED", "RAISED");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void raisingAConcernAboutAChildNotPlacedWithYou(String user) {
        // C-1003 is frank's child: only frank and his SSW sunita may raise a concern about him
        ResponseEntity<String> response = post(user, "/api/concerns", body("C-1003"));
        int expected = user.equals(ANONYMOUS) ? 401 : Set.of("frank", "sunita").contains(user) ? 201 : 404;
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void askingForTheSocialWorkerToBeToldAboutSomeoneElsesConcern(String user) {
        if (SEE_FRANKS.contains(user)) {
            return; // those who see it may ask; one of them does so below
        }
        ResponseEntity<String> response = post(user, "/api/concerns/" + franks.reference() + "/social-worker-notice", "");
        assertThat(response.getStatusCode().value()).isEqualTo(user.equals(ANONYMOUS) ? 401 : 404);
    }

    @Test
    void theSupervisingSocialWorkerMayAskForTheSocialWorkerToBeTold() {
        assertThat(post("sunita", "/api/concerns/" + franks.reference() + "/social-worker-notice", "")
                .getStatusCode().value()).isEqualTo(202);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void aChildsChronology(String user) {
        ResponseEntity<String> response = get(user, "/api/children/C-1003/chronology");
        boolean sees = SEE_FRANKS_CHILD.contains(user);
        assertThat(response.getStatusCode().value()).isEqualTo(user.equals(ANONYMOUS) ? 401 : sees ? 200 : 404);
        assertThat(String.valueOf(response.getBody()).contains(franks.reference())).isEqualTo(sees);
        assertThat(String.valueOf(response.getBody())).doesNotContain(carols.reference());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void aChildsMissingPersonProfileForThePolice(String user) {
        if (SEE_FRANKS_CHILD.contains(user)) {
            return; // 200 or 404 depending on whether one was prepared: MissingFromCareTest covers it
        }
        ResponseEntity<String> response = get(user, "/api/children/C-1003/missing-person-profile");
        assertThat(response.getStatusCode().value()).isEqualTo(user.equals(ANONYMOUS) ? 401 : 404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void reportingSomeoneElsesChildMissingOrBack(String user) {
        if (Set.of("frank", "sunita", "sophie", "eddie").contains(user)) {
            return; // they may: MissingFromCareTest reports and returns children
        }
        int expected = user.equals(ANONYMOUS) ? 401 : REPORTERS.contains(user) ? 404 : 403;
        String lastSeen = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        assertThat(post(user, "/api/children/C-1003/missing", "{\"lastSeenAt\":\"" + lastSeen + "\"}")
                .getStatusCode().value()).as("missing").isEqualTo(expected);
        assertThat(post(user, "/api/children/C-1003/returned", "{\"returnedAt\":\"" + lastSeen + "\"}")
                .getStatusCode().value()).as("returned").isEqualTo(expected);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat((user.equals(ANONYMOUS) ? http : http.withBasicAuth(user, user)).exchange(
                "/api/children/C-1003/missing-person-profile", HttpMethod.PUT, new HttpEntity<>("{}", headers),
                String.class).getStatusCode().value()).as("profile").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void escalations(String user) {
        ResponseEntity<String> response = get(user, "/api/escalations");
        assertThat(response.getStatusCode().value())
                .isEqualTo(user.equals(ANONYMOUS) ? 401 : OVERSEE.contains(user) ? 200 : 403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void theRegistrysImport(String user) {
        // a dry run of a header alone: writes nothing whoever sends it
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("staff", new ByteArrayResource("user_id,team,role,manager_id,left_on\n".getBytes()) {
            @Override
            public String getFilename() {
                return "staff.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = (user.equals(ANONYMOUS) ? http : http.withBasicAuth(user, user))
                .postForEntity("/api/registry/import?dryRun=true", new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(user.equals(ANONYMOUS) ? 401
                : Set.of("mark", "rachel").contains(user) ? 200 : 403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void camundaRestTasks(String user) throws Exception {
        ResponseEntity<String> response = get(user, "/engine-rest/task?maxResults=2000");
        if (user.equals(ANONYMOUS)) {
            assertThat(response.getStatusCode().value()).isEqualTo(401);
            return;
        }
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json.readTree(response.getBody()).forEach(t -> ids.add(t.get("id").asText()));
        // a task is listed to whoever it is offered to, and to those who oversee every concern
        assertThat(ids.contains(carols.taskId())).isEqualTo(Set.of("carol", "mark", "rachel", "eddie").contains(user));
        assertThat(ids.contains(franks.taskId())).isEqualTo(Set.of("frank", "mark", "rachel", "eddie").contains(user));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void camundaRestProcessInstancesAndHistory(String user) throws Exception {
        for (String path : List.of("/engine-rest/process-instance?maxResults=2000",
                "/engine-rest/history/process-instance?maxResults=2000")) {
            ResponseEntity<String> response = get(user, path);
            if (user.equals(ANONYMOUS)) {
                assertThat(response.getStatusCode().value()).isEqualTo(401);
                continue;
            }
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
            List<String> ids = new ArrayList<>();
            json.readTree(response.getBody()).forEach(p -> ids.add(p.get("id").asText()));
            assertThat(ids.contains(carols.processInstanceId())).as(path).isEqualTo(SEE_CAROLS.contains(user));
            assertThat(ids.contains(franks.processInstanceId())).as(path).isEqualTo(SEE_FRANKS.contains(user));
        }
    }

    @Test
    void camundaRestRefusesToListMoreThanTheCapInOneGo() {
        assertThat(get("mark", "/engine-rest/task?maxResults=5000").getStatusCode().value()).isEqualTo(400);
        assertThat(get("mark", "/engine-rest/task").getStatusCode().value()).isEqualTo(400);
        assertThat(get("mark", "/engine-rest/task?maxResults=2000").getStatusCode().value()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void dashboardData(String user) throws Exception {
        if (user.equals(ANONYMOUS)) {
            assertThat(TasklistLogin.anonymousGet(port, "/dashboard/data").statusCode()).isEqualTo(403);
            return;
        }
        HttpResponse<String> data = TasklistLogin.signIn(port, user).get("/dashboard/data");
        assertThat(data.statusCode()).isEqualTo(OVERSEE.contains(user) ? 200 : 403);
        if (!OVERSEE.contains(user)) {
            assertThat(data.body()).doesNotContain("SC-");
        }
    }

    /** Staff who may see frank's concern; those who mark it, let its carer see it or read its allegation get past access. */
    private static final Set<String> STAFF_SEEING_FRANKS = Set.of("sunita", "sophie", "mark", "rachel", "eddie");

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void markingAConcernAboutTheCarersHousehold(String user) {
        // an empty reason: whoever gets past access meets 400, so frank's concern is never actually marked here
        ResponseEntity<String> response = post(user, "/api/concerns/" + franks.reference() + "/about-household",
                "{\"reason\":\"\"}");
        int expected = user.equals(ANONYMOUS) ? 401 : STAFF_SEEING_FRANKS.contains(user) ? 400
                : Set.of("sam", "leon").contains(user) ? 404 : 403;
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(expected);
        if (expected == 400) {
            assertThat(response.getBody()).contains("reason");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void lettingTheCarerSeeAConcernAboutTheirHousehold(String user) {
        ResponseEntity<String> response = post(user, "/api/concerns/" + franks.reference() + "/carer-may-see",
                "{\"reason\":\"\"}");
        int expected = user.equals(ANONYMOUS) ? 401 : Set.of("mark", "rachel").contains(user) ? 400 : 403;
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void readingAnAllegationsRecord(String user) {
        // frank's concern is no allegation: staff who see it get the not found of a concern without one
        ResponseEntity<String> response = get(user, "/api/concerns/" + franks.reference() + "/allegation");
        int expected = user.equals(ANONYMOUS) ? 401
                : STAFF_SEEING_FRANKS.contains(user) || Set.of("sam", "leon").contains(user) ? 404 : 403;
        assertThat(response.getStatusCode().value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void raisingAConcernAboutACarersHousehold(String user) {
        if (STAFF_SEEING_FRANKS.contains(user)) {
            return; // they may: HouseholdAllegationTest raises such concerns
        }
        ResponseEntity<String> response = post(user, "/api/concerns", body("C-1003").replace("}", ",\"aboutHousehold\":true}"));
        int expected = user.equals(ANONYMOUS) ? 401 : Set.of("sam", "leon").contains(user) ? 404 : 400;
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(expected);
        if (expected == 400) {
            assertThat(response.getBody()).contains("aboutHousehold");
        }
    }

    private void assertListed(List<String> listed, String user) {
        assertThat(listed.contains(carols.reference())).as("carol's concern").isEqualTo(SEE_CAROLS.contains(user));
        assertThat(listed.contains(franks.reference())).as("frank's concern").isEqualTo(SEE_FRANKS.contains(user));
    }

    private Concern raise(String user, String childId) throws Exception {
        ResponseEntity<String> created = post(user, "/api/concerns", body(childId));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String reference = json.readTree(created.getBody()).get("reference").asText();
        TestConcerns concerns = new TestConcerns(engine);
        String task = concerns.openTask(reference, Ids.RECORD_CONCERN).getId();
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey(ConcernProcess.KEY)
                .singleResult().getId();
        return new Concern(reference, instance, task);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void theRegistrysRecordsAndPages(String user) throws Exception {
        // a record with a problem: refused whoever sends it, so the matrix writes nothing
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> put = (user.equals(ANONYMOUS) ? http : http.withBasicAuth(user, user))
                .exchange("/api/registry/staff", HttpMethod.PUT, new HttpEntity<>("{\"user_id\":\"x\"}", headers),
                        String.class);
        boolean manager = Set.of("mark", "rachel").contains(user);
        assertThat(put.getStatusCode().value()).as("PUT").isEqualTo(user.equals(ANONYMOUS) ? 401 : manager ? 400 : 403);
        for (String page : List.of("/manage", "/manage/households", "/manage/staff/add", "/manage/carers/change?key=carol")) {
            java.net.http.HttpResponse<String> answer = user.equals(ANONYMOUS) ? TasklistLogin.anonymousGet(port, page)
                    : TasklistLogin.signIn(port, user).get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(user.equals(ANONYMOUS) || manager ? 200 : 403);
            assertThat(answer.body()).as(page).contains(user.equals(ANONYMOUS) ? "Sign in first"
                    : manager ? "Safeguarding Escalation" : "These pages are for fostering managers");
            if (!manager) {
                assertThat(answer.body()).as(page).doesNotContain("Household of", "Jess");
            }
        }
    }

    private static String body(String childId) {
        return """
                {"childId":"%s","category":"CSE","summary":"Seen getting into a car with two adults",
                 "indicators":["UNKNOWN_ADULTS_OR_CARS"],"observedAt":"%s","childMissing":false,"immediateDanger":false}"""
                .formatted(childId, Instant.now().minus(1, ChronoUnit.HOURS));
    }

    private ResponseEntity<String> get(String user, String path) {
        return (user.equals(ANONYMOUS) ? http : http.withBasicAuth(user, user)).getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return (user.equals(ANONYMOUS) ? http : http.withBasicAuth(user, user))
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
