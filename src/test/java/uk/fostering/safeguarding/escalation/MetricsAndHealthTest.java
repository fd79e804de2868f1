package uk.fostering.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.micrometer.core.instrument.MeterRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.registry.Roles;

@IntegrationTest
class MetricsAndHealthTest {

    private final ObjectMapper json = new ObjectMapper();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    MeterRegistry meters;
    @Autowired
    HealthEndpoint health;
    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;

    @Test
    void gaugesForEscalationsAndOverdueTasksExist() {
        assertThat(meters.get("safeguarding.escalations.open").tag("level", "1").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("safeguarding.escalations.open").tag("level", "2").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("safeguarding.tasks.overdue").gauge().value()).isGreaterThanOrEqualTo(0);
    }

    /**
     * The job backlog, as operations read it: counted by the service, since the administrator sees no concern's
     * job through the engine's API. A raise leaves jobs due (the job executor is off in tests); a job whose retries
     * ran out moves from due to failed.
     */
    @Test
    void operationsSeeTheJobsDueAndFailedThatTheAdministratorCannotQuery() throws Exception {
        ManagementService management = engine.getManagementService();
        double dueBefore = gauge("safeguarding.jobs.due");
        double failedBefore = gauge("safeguarding.jobs.failed");
        String instance = new TestConcerns(engine).raiseInTasklist("carol", TestConcerns.startForm("C-1001",
                "Metrics: came home late with a new phone")).getId();
        List<Job> raised = management.createJobQuery().processInstanceId(instance).executable().list();
        assertThat(raised).isNotEmpty();
        double due = gauge("safeguarding.jobs.due");
        assertThat(due).isGreaterThanOrEqualTo(dueBefore + raised.size())
                .isEqualTo(management.createJobQuery().executable().count());
        assertThat(json.readTree(http.withBasicAuth("admin", "admin")
                .getForEntity("/engine-rest/job/count?processInstanceId=" + instance, String.class).getBody())
                .get("count").asLong()).isZero();

        management.setJobRetries(raised.get(0).getId(), 0);
        assertThat(gauge("safeguarding.jobs.due")).isEqualTo(due - 1);
        assertThat(gauge("safeguarding.jobs.failed")).isEqualTo(failedBefore + 1);
        JsonNode scraped = json.readTree(http.withBasicAuth("admin", "admin")
                .getForEntity("/actuator/metrics/safeguarding.jobs.failed", String.class).getBody());
        assertThat(scraped.get("measurements").get(0).get("value").asDouble()).isEqualTo(failedBefore + 1);
        engine.getRuntimeService().deleteProcessInstance(instance, "test over");
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    @Test
    void healthCoversTheDatabaseAndTheMailServer() {
        SystemHealth system = (SystemHealth) health.health();
        assertThat(system.getComponents()).containsKeys("db", "mail");
        assertThat(system.getComponents().get("db").getStatus()).isEqualTo(Status.UP);
        assertThat(system.getComponents().get("mail").getStatus()).isEqualTo(Status.UP);
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("\"status\":\"UP\"")
                .doesNotContain("jdbc:");
    }

    /** Finding 11 of issue 12: metrics tell that a child went missing; only operations read them. */
    @Test
    void metricsAreForOperationsOnlyWhileEveryoneSeesTheHealthStatus() {
        for (String path : List.of("/actuator/metrics", "/actuator/metrics/http.server.requests", "/actuator",
                "/actuator/health/../metrics")) {
            ResponseEntity<String> anonymous = http.getForEntity(path, String.class);
            assertThat(anonymous.getStatusCode().value()).as(path).isEqualTo(401);
            assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
            assertThat(http.withBasicAuth("nobody", "wrong").getForEntity(path, String.class).getStatusCode().value())
                    .as(path).isEqualTo(401);
            assertThat(http.withBasicAuth("carol", "carol").getForEntity(path, String.class).getStatusCode().value())
                    .as(path).isEqualTo(403);
            assertThat(http.withBasicAuth("mark", "mark").getForEntity(path, String.class).getStatusCode().value())
                    .as(path).isEqualTo(403);
        }

        ResponseEntity<String> metrics = http.withBasicAuth("admin", "admin").getForEntity("/actuator/metrics", String.class);
        assertThat(metrics.getStatusCode().value()).isEqualTo(200);
        assertThat(metrics.getBody()).contains("safeguarding.escalations.open");
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(http.withBasicAuth("carol", "carol").getForEntity("/actuator/health", String.class).getBody())
                .isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theOperationsGroupIsNoContentGroupOfTheAdministrator() {
        assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder(Roles.ADMINS, Roles.OPERATIONS);
    }
}
