package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.fostering.safeguarding.SafeguardingApplication;
import uk.fostering.safeguarding.TasklistLogin;

/** In profile prod the first-run setup is closed whatever the database holds. */
class SetupEndpointProductionTest {

    @Test
    void theSetupEndpointIsClosedInProduction() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SafeguardingApplication.class).run(
                "--spring.profiles.active=prod", "--spring.datasource.url=jdbc:h2:mem:prod-setup;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.process-engine-name=prodSetup", "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--SAFEGUARDING_ADMIN_USER=boss", "--SAFEGUARDING_ADMIN_PASSWORD=Correct-horse-battery-2026")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));

            HttpResponse<String> answer = TasklistLogin.opened(port, "admin")
                    .send("POST", "/camunda/api/admin/setup/prodSetup/user/create", SetupEndpointTest.NEW_ADMINISTRATOR);

            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(app.getBean(ProcessEngine.class).getIdentityService().createUserQuery().userId("intruder").count())
                    .isZero();
        }
    }
}
