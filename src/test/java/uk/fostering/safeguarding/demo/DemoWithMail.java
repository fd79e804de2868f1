package uk.fostering.safeguarding.demo;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.fostering.safeguarding.SafeguardingApplication;
import uk.fostering.safeguarding.TestConcerns;

/**
 * The demo as {@code ./mvnw spring-boot:run} starts it, with its own mail server on (on a free port, so that it
 * meets no other build's), in memory. For tests tagged "application": they run in a JVM without the integration
 * tests' shared context, beside which a second application would break that context's webapps.
 */
public final class DemoWithMail {

    private DemoWithMail() {
    }

    public static ConfigurableApplicationContext start() {
        // the webapps' engine name ("default"), so that Tasklist's login works as in the demo
        return new SpringApplicationBuilder(SafeguardingApplication.class).run(
                // in memory for as long as the application runs: each start begins empty
                "--spring.datasource.url=jdbc:h2:mem:demo-with-mail",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--safeguarding.demo.mail.enabled=true",
                "--safeguarding.demo.mail.port=0");
    }

    public static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** Carol raises a concern about C-1001 and its email jobs run: her SSW sam is emailed. */
    public static String raiseAsCarol(TestConcerns tasklist, String summary) {
        String reference = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1001", summary)).getBusinessKey();
        tasklist.runDueJobs(reference);
        return reference;
    }
}
