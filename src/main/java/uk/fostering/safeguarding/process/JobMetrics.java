package uk.fostering.safeguarding.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * Gauges of the engine's job backlog, for operations: jobs due now with retries left (emails, escalations, the
 * steps after a raise) and jobs whose retries ran out (each an incident in Cockpit). A due count that keeps
 * growing means the job executor is behind or the mail host is down. Both are counted as the service
 * ({@link AsSystem}): administrators see no concern's job through the engine's API (they hold no concern
 * content), and a count carries no content.
 */
@Component
class JobMetrics implements MeterBinder {

    private final ManagementService management;
    private final AsSystem asSystem;

    JobMetrics(ManagementService management, AsSystem asSystem) {
        this.management = management;
        this.asSystem = asSystem;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("safeguarding.jobs.due",
                        () -> asSystem.call(() -> management.createJobQuery().executable().count()))
                .description("Engine jobs due now with retries left: waiting for the job executor")
                .register(registry);
        Gauge.builder("safeguarding.jobs.failed",
                        () -> asSystem.call(() -> management.createJobQuery().noRetriesLeft().count()))
                .description("Engine jobs whose retries ran out: each is an incident until retried")
                .register(registry);
    }
}
