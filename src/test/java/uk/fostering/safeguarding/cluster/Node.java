package uk.fostering.safeguarding.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
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
        return start(name, datasource, smtpPort, null);
    }

    /**
     * As {@link #start(String, Map, int)}; with a barrier, the node waits at it before its first start-up runner,
     * so that nodes started together reach their start-up writes at the same moment.
     */
    static Node start(String name, Map<String, Object> datasource, int smtpPort, CyclicBarrier beforeStartUpWrites) {
        return start(name, datasource, smtpPort, beforeStartUpWrites, () -> { });
    }

    /**
     * As {@link #start(String, Map, int, CyclicBarrier)}, telling {@code loggingReady} once Spring Boot has set up
     * logging for this node: Boot's logging set-up is JVM-wide and not safe for two applications starting in one JVM
     * at the same instant ("Unable to find Spring Environment in logger context"), which nodes on machines of their
     * own never meet. A second node started together waits for that, then both run on in parallel.
     */
    static Node start(String name, Map<String, Object> datasource, int smtpPort, CyclicBarrier beforeStartUpWrites,
            Runnable loggingReady) {
        List<String> args = new ArrayList<>(List.of(
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--server.port=0",
                "--spring.mail.port=" + smtpPort,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000"));
        datasource.forEach((key, value) -> args.add("--" + key + "=" + value));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(SafeguardingApplication.class);
        if (beforeStartUpWrites != null) {
            builder.initializers(context -> {
                context.getBeanFactory().registerSingleton("waitForTheOtherNode", new WaitAtBarrier(beforeStartUpWrites));
                loggingReady.run();
            });
        }
        return new Node(builder.run(args.toArray(String[]::new)));
    }

    /** The first runner of all: waits until every node started together has got this far. */
    private record WaitAtBarrier(CyclicBarrier barrier) implements ApplicationRunner, Ordered {

        @Override
        public void run(ApplicationArguments args) throws Exception {
            barrier.await(3, TimeUnit.MINUTES);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    <T> T bean(Class<T> type) {
        return app.getBean(type);
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
