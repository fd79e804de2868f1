package uk.fostering.safeguarding;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points {@link IntegrationTest}s at a real PostgreSQL when the JVM runs with
 * {@code -Dsafeguarding.test.database=postgresql} (the pom's second test run does), and leaves them
 * on H2 otherwise: the same tests prove the same behaviour on both databases. Also points their mail
 * at this JVM's GreenMail port ({@link TestMail}).
 */
public class DatabaseUnderTest implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PROPERTY = "safeguarding.test.database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("test mail server", Map.of("spring.mail.port", TestMail.PORT)));
        if ("postgresql".equals(System.getProperty(PROPERTY))) {
            // first, so it wins over the H2 URL that @IntegrationTest's inlined properties set
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("postgresql under test", TestPostgres.sharedDatabase("integration")));
        }
    }
}
