package uk.fostering.safeguarding.missing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestRegistry;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.audit.AuditEvent;

/**
 * A missing-person profile changes only on purpose: a PUT replaces the whole profile and must send every part,
 * a PATCH changes the parts it sends. Every version is kept, and each change is in the child's chronology and
 * the audit trail, naming the parts and never what they say. Each test has a child of its own (placed with carol).
 */
@IntegrationTest
class MissingPersonProfileTest {

    private static final AtomicInteger CHILDREN = new AtomicInteger(9700); // C-9501 is MissingChildBrowserTest's, C-91xx MissingFromCareTest's
    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");
    private static final String WHOLE = """
            {"description":"Short, red jacket","photoReference":"Photo P-9 held by the service",
             "associates":"Two older boys from the estate","places":"The skate park","phone":"ends 0999",
             "socialMedia":"One gaming account"}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Audit audit;

    private String child;

    @BeforeEach
    void aChildOfTheirOwn() {
        child = "C-" + CHILDREN.incrementAndGet();
        TestRegistry.placeChild(jdbc, child, "Robin", "Testchild", "2011-05-01", "carol", "sophie");
    }

    @Test
    void aPutWithOnlyThePhoneIsRefusedNamingEachMissingPartAndChangesNothing() throws Exception {
        assertThat(send("carol", HttpMethod.PUT, MediaType.APPLICATION_JSON, WHOLE).getStatusCode().value()).isEqualTo(200);
        JsonNode before = profile("sam");

        ResponseEntity<String> partial = send("carol", HttpMethod.PUT, MediaType.APPLICATION_JSON,
                "{\"phone\":\"ends 0111\"}");

        assertThat(partial.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(partial.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("description", "photoReference", "associates", "places", "socialMedia");
        assertThat(profile("sam")).isEqualTo(before);
        assertThat(versions("sam")).hasSize(1);
    }

    @Test
    void aPutSendingEveryPartMayLeaveSomeEmptyWithNull() throws Exception {
        ResponseEntity<String> put = send("carol", HttpMethod.PUT, MediaType.APPLICATION_JSON, """
                {"description":"Tall","photoReference":null,"associates":null,"places":null,"phone":"ends 0222",
                 "socialMedia":null}""");

        assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(200);
        JsonNode details = profile("carol").get("details");
        assertThat(details.get("description").asText()).isEqualTo("Tall");
        assertThat(details.get("places").isNull()).isTrue();
    }

    @Test
    void aPatchOfOnePartKeepsTheOthersAndEveryVersionIsKept() throws Exception {
        send("carol", HttpMethod.PUT, MediaType.APPLICATION_JSON, WHOLE);

        // a merge patch changes the phone only; plain JSON is taken as a merge patch too
        ResponseEntity<String> patched = send("sam", HttpMethod.PATCH, MERGE_PATCH, "{\"phone\":\"ends 0777\"}");
        assertThat(patched.getStatusCode().value()).as(patched.getBody()).isEqualTo(200);
        assertThat(send("carol", HttpMethod.PATCH, MediaType.APPLICATION_JSON, "{\"socialMedia\":null}")
                .getStatusCode().value()).isEqualTo(200);

        JsonNode details = profile("sophie").get("details");
        assertThat(details.get("phone").asText()).isEqualTo("ends 0777");
        assertThat(details.get("socialMedia").isNull()).isTrue();
        assertThat(details.get("description").asText()).isEqualTo("Short, red jacket");
        assertThat(details.get("places").asText()).isEqualTo("The skate park");
        assertThat(details.get("associates").asText()).isEqualTo("Two older boys from the estate");
        assertThat(details.get("photoReference").asText()).isEqualTo("Photo P-9 held by the service");

        // every version, newest first, with the parts it changed and who changed them
        JsonNode versions = versions("sophie");
        assertThat(versions.findValuesAsText("version")).containsExactly("3", "2", "1");
        assertThat(json.convertValue(versions.get(0).get("changedFields"), List.class)).containsExactly("socialMedia");
        assertThat(json.convertValue(versions.get(1).get("changedFields"), List.class)).containsExactly("phone");
        assertThat(versions.get(1).get("changedBy").asText()).isEqualTo("sam");
        assertThat(versions.get(1).get("details").get("phone").asText()).isEqualTo("ends 0777");
        assertThat(versions.get(2).get("details").get("phone").asText()).isEqualTo("ends 0999");
        assertThat(versions.get(2).get("changedBy").asText()).isEqualTo("carol");
    }

    @Test
    void aProfilePreparedBeforeVersionsWereKeptBecomesVersionOneAtItsFirstChange() throws Exception {
        jdbc.update("insert into missing_person_profile (child_id, description, photo_reference, associates, places, "
                + "phone, social_media, updated_by, updated_at, version) values (?, 'Slim', null, null, 'The canal', "
                + "'ends 0333', null, 'carol', current_timestamp, 0)", child);

        assertThat(send("carol", HttpMethod.PATCH, MERGE_PATCH, "{\"places\":\"The canal; the bus station\"}")
                .getStatusCode().value()).isEqualTo(200);

        JsonNode versions = versions("carol");
        assertThat(versions.findValuesAsText("version")).containsExactly("2", "1");
        assertThat(versions.get(1).get("details").get("places").asText()).isEqualTo("The canal");
        assertThat(json.convertValue(versions.get(1).get("changedFields"), List.class)).containsExactly("all");
    }

    @Test
    void eachChangeIsInTheChildsChronologyAndTheAuditTrailWithoutContent() throws Exception {
        String reference = new TestConcerns(engine).raiseInTasklist("carol",
                TestConcerns.startForm(child, "Out late with older boys")).getBusinessKey();
        send("carol", HttpMethod.PUT, MediaType.APPLICATION_JSON, WHOLE);
        send("carol", HttpMethod.PATCH, MERGE_PATCH, "{\"phone\":\"ends 0444\",\"places\":\"The river path\"}");

        JsonNode chronology = json.readTree(http.withBasicAuth("sophie", "sophie")
                .getForEntity("/api/children/" + child + "/chronology", String.class).getBody());
        List<String> notes = chronology.findParents("type").stream()
                .filter(e -> e.get("type").asText().equals("MISSING_PROFILE_CHANGED")).map(e -> e.get("note").asText())
                .toList();
        assertThat(notes).containsExactly(
                "missing-person profile changed: fields description, photoReference, associates, places, phone, socialMedia",
                "missing-person profile changed: fields places, phone");
        assertThat(audit.trail(reference)).filteredOn(e -> e.getAction().equals("MISSING_PROFILE_CHANGED"))
                .extracting(AuditEvent::getActor, AuditEvent::getDetail)
                .contains(org.assertj.core.groups.Tuple.tuple("carol", "missing-person profile changed: fields places, phone"));
        assertThat(chronology.toString()).doesNotContain("ends 0444").doesNotContain("The river path");
    }

    @Test
    void someoneNotLinkedToTheChildGetsNotFoundAndNothingChanges() throws Exception {
        send("carol", HttpMethod.PUT, MediaType.APPLICATION_JSON, WHOLE);
        JsonNode before = profile("carol");

        assertThat(send("frank", HttpMethod.PUT, MediaType.APPLICATION_JSON, WHOLE).getStatusCode().value())
                .isEqualTo(404);
        assertThat(send("frank", HttpMethod.PUT, MediaType.APPLICATION_JSON, "{\"phone\":\"x\"}").getStatusCode().value())
                .isEqualTo(404);
        assertThat(send("frank", HttpMethod.PATCH, MERGE_PATCH, "{\"phone\":\"x\"}").getStatusCode().value())
                .isEqualTo(404);
        assertThat(http.withBasicAuth("frank", "frank").getForEntity("/api/children/" + child
                + "/missing-person-profile/versions", String.class).getStatusCode().value()).isEqualTo(404);
        // managers read every child's profile and its versions; they do not write them
        assertThat(send("mark", HttpMethod.PATCH, MERGE_PATCH, "{\"phone\":\"x\"}").getStatusCode().value())
                .isEqualTo(403);
        assertThat(versions("mark")).hasSize(1);

        assertThat(profile("carol")).isEqualTo(before);
    }

    @Test
    void unknownPartsAndValuesThatAreNotTextAreRefusedByName() throws Exception {
        send("carol", HttpMethod.PUT, MediaType.APPLICATION_JSON, WHOLE);
        JsonNode before = profile("carol");

        ResponseEntity<String> unknown = send("carol", HttpMethod.PATCH, MERGE_PATCH, "{\"photo\":\"x\",\"phone\":7}");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(unknown.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("photo", "phone");
        assertThat(send("carol", HttpMethod.PATCH, MERGE_PATCH, "{}").getStatusCode().value()).isEqualTo(400);
        assertThat(send("carol", HttpMethod.PATCH, MERGE_PATCH, "[]").getStatusCode().value()).isEqualTo(400);

        assertThat(profile("carol")).isEqualTo(before);
        assertThat(versions("carol")).hasSize(1);
    }

    @Test
    void theOpenApiDocumentDescribesPutPatchAndVersions() throws Exception {
        JsonNode paths = json.readTree(http.getForEntity("/v3/api-docs", String.class).getBody()).get("paths");
        JsonNode profile = paths.get("/api/children/{childId}/missing-person-profile");
        assertThat(profile.get("put").get("requestBody").get("content").get("application/json").toString())
                .contains("ProfileDocument");
        assertThat(profile.get("patch").get("requestBody").get("content").has("application/merge-patch+json")).isTrue();
        assertThat(paths.has("/api/children/{childId}/missing-person-profile/versions")).isTrue();
        assertThat(paths.get("/api/escalations/failing-emails/{jobId}/resend").has("post")).isTrue();
    }

    private ResponseEntity<String> send(String user, HttpMethod method, MediaType type, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.withBasicAuth(user, user).exchange("/api/children/" + child + "/missing-person-profile", method,
                new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode profile(String user) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, user)
                .getForEntity("/api/children/" + child + "/missing-person-profile", String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private JsonNode versions(String user) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, user)
                .getForEntity("/api/children/" + child + "/missing-person-profile/versions", String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }
}
