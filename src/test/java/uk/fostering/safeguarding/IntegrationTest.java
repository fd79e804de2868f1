package uk.fostering.safeguarding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port with the demo people, on its own in-memory H2 database.
 * The job executor is off: tests run due jobs themselves, so nothing happens behind their back.
 * Test classes with this annotation share one context (and database): each test makes its own concerns.
 * Tagged "database": the build runs them twice, on H2 and on a real PostgreSQL ({@link DatabaseUnderTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:integration;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ContextConfiguration(initializers = DatabaseUnderTest.class)
@Tag("database")
public @interface IntegrationTest {
}
