package uk.fostering.safeguarding.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.SafeguardingApplication;
import uk.fostering.safeguarding.TestConcerns;

/** One instance of the application in this JVM, as a node of a cluster: its own engine and job executor. */
final class Node implements AutoCloseable {

    private final ConfigurableApplicationContext app;

    private Node(ConfigurableApplicationContext app) {
        this.app = app;
    }

    /**
     * Starts a node with its job executor on and polling often, so tests wait seconds rather than the
     * default minute of idle back-off. Settings are passed as arguments so they win over application.yaml.
     * Each node has an engine name of its own only because Camunda keeps engines in a JVM-wide registry by
     * name: nodes on machines of their own all keep "default". The name is also the node's host name in
     * Camunda's job log, which shows which node ran which job.
     */
    static Node start(String name, Map<String, Object> datasource, int smtpPort) {
        List<String> args = new ArrayList<>(List.of(
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--server.port=0",
                "--spring.mail.port=" + smtpPort,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000"));
        datasource.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new Node(new SpringApplicationBuilder(SafeguardingApplication.class).run(args.toArray(String[]::new)));
    }

    ProcessEngine engine() {
        return app.getBean(ProcessEngine.class);
    }

    TestConcerns tasklist() {
        return new TestConcerns(engine());
    }

    JdbcTemplate jdbc() {
        return app.getBean(JdbcTemplate.class);
    }

    /** True when no job is due, running or waiting to be retried now: everything due has been done. */
    boolean idle() {
        return engine().getManagementService().createJobQuery().executable().count() == 0;
    }

    @Override
    public void close() {
        app.close();
    }
}
