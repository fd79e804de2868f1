package uk.fostering.safeguarding.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.FormFields;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

@IntegrationTest
class AuditTrailTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyReadAndChangeIsInTheTrailWhichOnlyManagersReadAndNobodyChanges() throws Exception {
        // given a concern carol raised and recorded, which sam then read on the concern page and mark through the API
        TestConcerns tasklist = new TestConcerns(engine);
        String reference = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1002", "Jess had a new phone"))
                .getBusinessKey();
        tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of(FormFields.RECORD_FACTS, "A new phone, no box"));
        assertThat(TasklistLogin.signIn(port, "sam").get("/concerns/" + reference).statusCode()).isEqualTo(200);
        assertThat(http.withBasicAuth("mark", "mark").getForEntity("/api/concerns/" + reference, String.class)
                .getStatusCode().value()).isEqualTo(200);

        // when rachel, the registered manager, reads its audit trail
        var response = http.withBasicAuth("rachel", "rachel").getForEntity("/api/concerns/" + reference + "/audit",
                String.class);

        // then it lists who did what, in order, with no narrative
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode line : json.readTree(response.getBody())) {
            lines.add(line.get("actor").asText() + " " + line.get("action").asText() + " "
                    + line.path("detail").asText(""));
            assertThat(line.get("at").asText()).isNotBlank();
        }
        assertThat(lines).containsSubsequence("carol RAISED CSE", "system RISK_ASSESSED HIGH",
                "carol ASSIGNED " + Ids.RECORD_CONCERN + " to carol", "carol RECORDED ", "sam VIEWED page",
                "mark VIEWED api");
        assertThat(response.getBody()).doesNotContain("phone", "Jess");

        // and reading the trail is itself recorded
        var again = http.withBasicAuth("mark", "mark").getForEntity("/api/concerns/" + reference + "/audit", String.class);
        assertThat(again.getBody()).contains("rachel", "AUDIT_VIEWED");

        // and there is no way to change or delete it
        for (HttpMethod method : List.of(HttpMethod.DELETE, HttpMethod.PUT, HttpMethod.POST, HttpMethod.PATCH)) {
            assertThat(http.withBasicAuth("rachel", "rachel").exchange("/api/concerns/" + reference + "/audit", method,
                    null, String.class).getStatusCode().value()).as(method.name()).isEqualTo(405);
        }
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrDeleteTheTrail() {
        // given a row in the trail (raising a concern writes one)
        new TestConcerns(engine).raiseInTasklist("carol", TestConcerns.startForm("C-1002", "Asked about a man met online"));
        Long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);

        // then neither an update nor a delete goes through, on H2 as on PostgreSQL (a trigger on each)
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id = ?", Integer.class, id)).isOne();
    }

    @Test
    void historyIsKeptForSeventyFiveYearsBeforeCleanupMayRemoveIt() {
        var process = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ConcernProcess.KEY).latestVersion().singleResult();
        var decision = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey("Decision_RiskLevel").latestVersion().singleResult();

        assertThat(process.getHistoryTimeToLive()).isEqualTo(27394);
        assertThat(decision.getHistoryTimeToLive()).isEqualTo(27394);
    }
}
