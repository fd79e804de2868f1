package uk.fostering.safeguarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark: {@code ./mvnw -Pbench verify} (sizes from {@code -Dbench.scale}, default full; see
 * {@link BenchScale}). Prints the table and writes {@code bench/results.md}. Tagged "benchmark", which the
 * normal build leaves out; {@link BenchmarkSmokeTest} keeps it working there at tiny sizes.
 */
@Tag("benchmark")
class PerformanceBenchmark {

    @Test
    void measuresAgainstSameRunBaselinesAndWritesResults() {
        BenchScale scale = BenchScale.fromSystemProperties();
        long start = System.nanoTime();
        ResultTable table = new Benchmark(scale, Path.of("target", "bench")).run();
        table.write(Path.of(System.getProperty("bench.results", "bench/results.md")),
                header(scale, Timing.seconds(start)));
        System.out.println(table.markdown("Benchmark results"));
        assertThat(table.rows()).isNotEmpty();
    }

    static String header(BenchScale scale, double seconds) {
        return """
                # Benchmark results

                Written by `./mvnw -Pbench verify` (see README, "Performance") on %s; the run took %.0f s.
                Machine: %s cores, memory (`free -g`):

                ```
                %s
                ```

                Java %s. Sizes: %s.

                The machine is shared with other builds, so absolute figures are noisy: read the ratios, each
                against a baseline measured in the same run on the same database. Throughput ratios are app ÷
                baseline (1.0 = as fast as the baseline in its row); time ratios are baseline ÷ app (10 = ten times faster).
                """.formatted(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), seconds,
                Runtime.getRuntime().availableProcessors(), command("free", "-g").strip(),
                System.getProperty("java.version"), scale.describe());
    }

    private static String command(String... line) {
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            return new String(process.getInputStream().readAllBytes());
        } catch (IOException e) {
            return "(" + String.join(" ", line) + " unavailable: " + e.getMessage() + ")";
        }
    }
}
