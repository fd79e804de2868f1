package uk.fostering.safeguarding.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fostering.safeguarding.TestPostgres;

/**
 * The application process is killed with SIGKILL while it has work in hand: after a restart every
 * concern and open task is there, and the escalation timers that fell due while it was down fire once.
 */
@Tag("cluster")
class KilledNodeTest {

    /** Short acknowledgement windows, so timers fall due while the process is down rather than hours later. */
    private static final Duration WINDOW = Duration.ofSeconds(15);
    private static final int CONCERNS = 3;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void concernsTasksAndDueTimersSurviveSigkill() throws Exception {
        List<String> settings = new ArrayList<>(List.of("--spring.mail.port=" + mail.getSmtp().getPort(),
                "--safeguarding.escalation.steps.record-concern.acknowledge.MEDIUM=" + WINDOW,
                "--safeguarding.escalation.steps.record-concern.acknowledge.HIGH=" + WINDOW,
                // jobs the killed process had locked stay locked for this long (default 5 minutes), and
                // hold back the other jobs of their process instance (Camunda runs those one at a time)
                "--camunda.bpm.job-execution.lock-time-in-millis=10000"));
        TestPostgres.freshDatabase("killed_node").forEach((key, value) -> settings.add("--" + key + "=" + value));
        Path log = Path.of("target", "killed-node.log");

        List<String> references = new ArrayList<>();
        Instant allDue;
        try (AppProcess app = AppProcess.start(log, settings)) {
            // given concerns accepted over the API, their emails and escalation timers in hand
            for (int i = 0; i < CONCERNS; i++) {
                var created = app.post("carol", "/api/concerns", """
                        {"childId":"C-1001","category":"CCE","summary":"Came home with cash and a second phone",
                         "indicators":["UNEXPLAINED_GIFTS"],"observedAt":"%s","childMissing":false,"immediateDanger":false}
                        """.formatted(Instant.now().minus(Duration.ofHours(1))));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                references.add(json.readTree(created.body()).get("reference").asText());
            }
            allDue = Instant.now().plus(WINDOW);
            assertThat(escalationKeys()).as("nothing escalated before the kill").isEmpty();

            // when the process is killed outright
            app.kill();
        }

        // and stays down until every acknowledgement window has passed
        await().atMost(WINDOW.multipliedBy(2)).until(() -> Instant.now().isAfter(allDue));
        try (AppProcess app = AppProcess.start(log, settings)) {
            // then every concern is there with its open record step for carol
            for (String reference : references) {
                var concern = app.get("carol", "/api/concerns/" + reference);
                assertThat(concern.statusCode()).isEqualTo(200);
                JsonNode body = json.readTree(concern.body());
                assertThat(body.get("status").asText()).isEqualTo("OPEN");
                assertThat(body.get("openTasks")).anySatisfy(task -> {
                    assertThat(task.get("step").asText()).isEqualTo("Task_RecordConcern");
                    assertThat(task.get("responsible").asText()).isEqualTo("carol");
                });
            }

            // and each overdue acknowledgement escalates once, to carol's SSW
            await().atMost(Duration.ofMinutes(1)).until(() -> escalationKeys().size() >= CONCERNS
                    && jobsDueNow(app) == 0);
            assertThat(SentEscalations.keys(mail)).doesNotHaveDuplicates();
            assertThat(escalationKeys()).hasSize(CONCERNS)
                    .allSatisfy(key -> assertThat(references).anyMatch(key::startsWith));
            JsonNode board = json.readTree(app.get("mark", "/api/escalations").body());
            assertThat(board.get("escalations")).filteredOn(row -> references.contains(row.get("reference").asText()))
                    .hasSize(CONCERNS).allSatisfy(row -> assertThat(row.get("level").asInt()).isEqualTo(1));
        }
    }

    /** Jobs due now, as operations read them (the administrator sees no concern's job in the engine's API). */
    private double jobsDueNow(AppProcess app) throws Exception {
        return json.readTree(app.get("admin", "/actuator/metrics/safeguarding.jobs.due").body()).get("measurements")
                .get(0).get("value").asDouble();
    }

    /** Escalation emails to carol's SSW; out of office hours the emergency duty team is emailed as well. */
    private static List<String> escalationKeys() {
        return SentEscalations.keys(mail).stream().filter(key -> key.endsWith("|sam")).toList();
    }
}
