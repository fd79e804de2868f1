package uk.fostering.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.boot.test.web.client.TestRestTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestMail;

@IntegrationTest
class MetricsAndHealthTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    MeterRegistry meters;
    @Autowired
    HealthEndpoint health;
    @Autowired
    TestRestTemplate http;

    @Test
    void gaugesForEscalationsAndOverdueTasksExist() {
        assertThat(meters.get("safeguarding.escalations.open").tag("level", "1").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("safeguarding.escalations.open").tag("level", "2").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("safeguarding.tasks.overdue").gauge().value()).isGreaterThanOrEqualTo(0);
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
}
