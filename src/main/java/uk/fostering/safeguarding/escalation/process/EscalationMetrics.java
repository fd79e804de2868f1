package uk.fostering.safeguarding.escalation.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.escalation.Escalation;

/**
 * Gauges for monitoring: open escalations per level (from the counts the database keeps, V28), and human tasks
 * past their due date. Each is one query, read when the metrics are scraped.
 */
@Component
class EscalationMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;
    private final TaskService taskService;
    private final Clock clock;

    EscalationMetrics(JdbcTemplate jdbc, TaskService taskService, Clock clock) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (int level = 1; level <= Escalation.TOP_LEVEL; level++) {
            int current = level;
            Gauge.builder("safeguarding.escalations.open", () -> jdbc.queryForObject(
                            "select coalesce(sum(open_count), 0) from escalation_open_count where level = ?", Long.class,
                            current))
                    .tag("level", String.valueOf(level))
                    .description("Escalations not yet resolved by acknowledgement or completion")
                    .register(registry);
        }
        Gauge.builder("safeguarding.tasks.overdue",
                        () -> taskService.createTaskQuery().dueBefore(Date.from(clock.instant())).count())
                .description("Open human tasks past their due date")
                .register(registry);
    }
}
