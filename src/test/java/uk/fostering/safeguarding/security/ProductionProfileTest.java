package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.fostering.safeguarding.SafeguardingApplication;

/** Profile prod refuses to start without a real first administrator. */
@Tag("application")
class ProductionProfileTest {

    @Test
    void refusesToStartWithoutAdministratorCredentials() {
        assertThatThrownBy(() -> start()).rootCause().hasMessageContaining("SAFEGUARDING_ADMIN_USER");
    }

    @Test
    void refusesADemoPassword() {
        assertThatThrownBy(() -> start("--SAFEGUARDING_ADMIN_USER=boss", "--SAFEGUARDING_ADMIN_PASSWORD=admin"))
                .rootCause().hasMessageContaining("demo or guessable");
    }

    private static void start(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "--spring.profiles.active=prod";
        args[1] = "--spring.datasource.url=jdbc:h2:mem:prod-check;DB_CLOSE_DELAY=-1";
        args[2] = "--camunda.bpm.process-engine-name=prodCheck";
        args[3] = "--server.port=0";
        System.arraycopy(extra, 0, args, 4, extra.length);
        new SpringApplicationBuilder(SafeguardingApplication.class).run(args).close();
    }
}
