package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.fostering.safeguarding.SafeguardingApplication;
import uk.fostering.safeguarding.demo.DemoMailServer;

/** Profile prod refuses to start without a real first administrator, or with the demo's mail server. */
@Tag("application")
class ProductionProfileTest {

    private static final String[] STRONG_ADMIN = {"--SAFEGUARDING_ADMIN_USER=boss",
            "--SAFEGUARDING_ADMIN_PASSWORD=correct-horse-battery-staple"};

    @Test
    void refusesToStartWithoutAdministratorCredentials() {
        assertThatThrownBy(() -> start()).rootCause().hasMessageContaining("SAFEGUARDING_ADMIN_USER");
    }

    @Test
    void refusesADemoPassword() {
        assertThatThrownBy(() -> start("--SAFEGUARDING_ADMIN_USER=boss", "--SAFEGUARDING_ADMIN_PASSWORD=admin"))
                .rootCause().hasMessageContaining("demo or guessable");
    }

    /** Issue 14, point 6: the demo's mail server catches emails; a real service must never swallow them. */
    @Test
    void startsWithoutTheDemoMailServer() {
        try (ConfigurableApplicationContext app = run(STRONG_ADMIN)) {
            assertThat(app.getBeansOfType(DemoMailServer.class)).isEmpty();
        }
    }

    @Test
    void refusesTheDemoMailServer() {
        assertThatThrownBy(() -> start(STRONG_ADMIN[0], STRONG_ADMIN[1], "--safeguarding.demo.mail.enabled=true"))
                .rootCause().hasMessageContaining("safeguarding.demo.mail.enabled is for the demo only");
    }

    private static void start(String... extra) {
        run(extra).close();
    }

    private static ConfigurableApplicationContext run(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "--spring.profiles.active=prod";
        args[1] = "--spring.datasource.url=jdbc:h2:mem:prod-check;DB_CLOSE_DELAY=-1";
        args[2] = "--camunda.bpm.process-engine-name=prodCheck";
        args[3] = "--server.port=0";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return new SpringApplicationBuilder(SafeguardingApplication.class).run(args);
    }
}
