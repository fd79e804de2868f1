package uk.fostering.safeguarding.registryadmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
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
import uk.fostering.safeguarding.registry.Placement;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.Roles;

/** PUT /api/registry/{part}: one record at a time, by the import's rules, with 400 naming the field. */
@IntegrationTest
class RegistryRecordsTest {

    private static final AtomicInteger RUNS = new AtomicInteger();

    @Autowired
    TestRestTemplate http;
    @Autowired
    Registry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;

    private String p;

    private ResponseEntity<JsonNode> put(String user, String part, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange("/api/registry/" + part, HttpMethod.PUT,
                new HttpEntity<>(json, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(String part, String json) {
        return put("mark", part, json);
    }

    private static String fieldsOf(ResponseEntity<JsonNode> response) {
        return String.valueOf(response.getBody());
    }

    @BeforeEach
    void aHouseholdWithAChild() {
        p = "rec" + (char) ('a' + RUNS.getAndIncrement() % 26);
        assertThat(put("staff", "{\"user_id\":\"" + p + "ssw\",\"team\":\"fostering\",\"role\":\"SSW\",\"manager_id\":\"mark\","
                + "\"first_name\":\"Rec\",\"last_name\":\"Ssw\",\"email\":\"" + p + "ssw@example.org\"}")
                .getStatusCode().value()).isEqualTo(200);
        put("households", "{\"household_id\":\"H-" + p + "\",\"name\":\"The Records\",\"ssw_id\":\"" + p + "ssw\"}");
        put("carers", "{\"user_id\":\"" + p + "ann\",\"household_id\":\"H-" + p + "\",\"approved_from\":\"2021-05-04\","
                + "\"first_name\":\"Ann\",\"last_name\":\"Rec\",\"email\":\"" + p + "ann@example.org\"}");
        put("children", "{\"child_id\":\"K-" + p + "\",\"first_name\":\"Rue\",\"last_name\":\"Test\",\"date_of_birth\":"
                + "\"2015-05-05\",\"local_authority\":\"NORTHSHIRE\",\"social_worker_id\":\"leon\"}");
    }

    @Test
    void aPlacementIsAddedThenEndedAndTheSamePutAgainChangesNothing() {
        String placement = "{\"child_id\":\"K-" + p + "\",\"household_id\":\"H-" + p + "\",\"kind\":\"EMERGENCY\","
                + "\"from\":\"2025-01-06\"}";
        assertThat(put("placements", placement).getBody().get("changes").get("placements").asInt()).isEqualTo(1);
        assertThat(registry.placementOf("K-" + p)).get().extracting(Placement::carerId, Placement::sswId,
                Placement::socialWorkerId).containsExactly(p + "ann", p + "ssw", "leon");
        assertThat(put("placements", placement).getBody().get("changes").get("placements").asInt()).isZero();

        String ended = placement.replace("}", ",\"to\":\"" + LocalDate.now().minusDays(1) + "\"}");
        assertThat(put("placements", ended).getStatusCode().value()).isEqualTo(200);
        assertThat(registry.placementOf("K-" + p)).isEmpty();
    }

    @Test
    void eachBrokenRuleIsA400NamingTheField() {
        put("placements", "{\"child_id\":\"K-" + p + "\",\"household_id\":\"H-" + p + "\",\"kind\":\"LONG_TERM\","
                + "\"from\":\"2020-01-06\"}");

        ResponseEntity<JsonNode> beforeBirth = put("placements", "{\"child_id\":\"K-" + p + "\",\"household_id\":\"H-"
                + p + "\",\"kind\":\"SHORT_TERM\",\"from\":\"2010-01-01\",\"to\":\"2011-01-01\"}");
        assertThat(beforeBirth.getStatusCode().value()).isEqualTo(400);
        assertThat(fieldsOf(beforeBirth)).contains("\"field\":\"from\"").contains("before the child's date of birth");

        ResponseEntity<JsonNode> twoMain = put("placements", "{\"child_id\":\"K-" + p + "\",\"household_id\":\"H-" + p
                + "\",\"kind\":\"SHORT_TERM\",\"from\":\"2024-01-01\"}");
        assertThat(twoMain.getStatusCode().value()).isEqualTo(400);
        assertThat(fieldsOf(twoMain)).contains("one main placement at a time");

        ResponseEntity<JsonNode> otherHousehold = put("carers", "{\"user_id\":\"carol\",\"household_id\":\"H-" + p
                + "\",\"approved_from\":\"2022-01-03\"}");
        assertThat(otherHousehold.getStatusCode().value()).isEqualTo(400);
        assertThat(fieldsOf(otherHousehold)).contains("\"field\":\"household_id\"").contains("one household");

        ResponseEntity<JsonNode> notAnSsw = put("households", "{\"household_id\":\"H-" + p + "x\",\"name\":\"X\","
                + "\"ssw_id\":\"leon\"}");
        assertThat(notAnSsw.getStatusCode().value()).isEqualTo(400);
        assertThat(fieldsOf(notAnSsw)).contains("\"field\":\"ssw_id\"").contains("not a supervising social worker");

        ResponseEntity<JsonNode> unknown = put("staff", "{\"user_id\":\"x" + p + "\",\"team\":\"t\",\"role\":\"SSW\","
                + "\"colour\":\"red\",\"left_on\":5}");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(fieldsOf(unknown)).contains("\"field\":\"left_on\"");
    }

    @Test
    void theRegisteredManagerIsNamedByTheirStaffRowAndThereIsOnlyOne() {
        String staff = "{\"user_id\":\"%s\",\"team\":\"fostering\",\"role\":\"%s\",\"first_name\":\"Reg\","
                + "\"last_name\":\"Manager\",\"email\":\"%s@example.org\"}";
        try {
            // a member of staff made the registered manager takes the role over (from the demo's rachel)
            assertThat(put("staff", staff.formatted(p + "reg", "REGISTERED_MANAGER", p + "reg")).getStatusCode().value())
                    .isEqualTo(200);
            assertThat(registry.registeredManager()).contains(p + "reg");

            // a second one is refused naming the role, and nothing changes
            ResponseEntity<JsonNode> second = put("staff", staff.formatted(p + "two", "REGISTERED_MANAGER", p + "two"));
            assertThat(second.getStatusCode().value()).isEqualTo(400);
            assertThat(fieldsOf(second)).contains("\"role\"", p + "reg");
            assertThat(registry.registeredManager()).contains(p + "reg");

            // back to fostering manager: the service has no registered manager until another is named
            put("staff", staff.formatted(p + "reg", "MANAGER", p + "reg"));
            assertThat(registry.registeredManager()).isEmpty();
        } finally {
            // leaves no extra fostering manager behind to be offered other tests' sign-offs
            identityService.deleteMembership(p + "reg", Roles.MANAGERS);
            jdbc.update("delete from service_role where role = 'REGISTERED_MANAGER'");
            jdbc.update("insert into service_role (role, user_id) values ('REGISTERED_MANAGER', 'rachel')");
        }
    }

    @Test
    void onlyFosteringManagersChangeTheRegistry() {
        assertThat(put("carol", "staff", "{\"user_id\":\"x\"}").getStatusCode().value()).isEqualTo(403);
        assertThat(put("admin", "staff", "{\"user_id\":\"x\"}").getStatusCode().value()).isEqualTo(403);
        assertThat(put("mark", "unicorns", "{}").getStatusCode().value()).isEqualTo(404);
    }
}
