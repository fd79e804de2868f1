package uk.fostering.safeguarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at tiny sizes on H2, in the normal build: every measurement still runs end to end (own-JVM app and
 * bare webapp, HTTP, GreenMail, job executor restarts, JFR) and yields a figure, so the benchmark cannot rot between
 * full runs.
 */
@Tag("application")
class BenchmarkSmokeTest {

    @Test
    void everyMeasurementRunsAtTinySizes() {
        BenchScale scale = BenchScale.of("smoke");
        ResultTable table = new Benchmark(scale, Path.of("target", "bench-smoke")).run();
        table.write(Path.of("target", "bench-smoke", "results.md"), PerformanceBenchmark.header(scale, 0));

        assertThat(table.rows()).extracting(ResultTable.Row::measure).anyMatch(m -> m.startsWith("start-up"))
                .anyMatch(m -> m.startsWith("raise concern, 8 client"))
                .anyMatch(m -> m.startsWith("escalation burst"))
                .anyMatch(m -> m.startsWith("escalation lateness p99"))
                .anyMatch(m -> m.startsWith("dashboard p95"))
                .anyMatch(m -> m.startsWith("RSS, after"));
        assertThat(table.rows()).filteredOn(row -> row.measure().startsWith("raise concern, 8 client"))
                .extracting(ResultTable.Row::baseline).anyMatch(b -> b.contains("bare webapp over /engine-rest"))
                .anyMatch(b -> b.contains("bare engine"));
        assertThat(table.rows()).filteredOn(row -> !Double.isNaN(row.ratio())).allMatch(row -> row.ratio() > 0);
    }
}
