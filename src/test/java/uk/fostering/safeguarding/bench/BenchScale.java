package uk.fostering.safeguarding.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's sizes. {@code -Dbench.scale=smoke} keeps every part tiny so the normal build
 * can run it in seconds; {@code -Dbench.scale=full} uses the sizes. Each size can be set on its own,
 * e.g. {@code -Dbench.open-concerns=3000}, when the full sizes do not fit the time a shared machine has.
 */
record BenchScale(String name, List<String> databases, int warmUp, int raisesPerLevel, List<Integer> clientLevels,
        int openConcerns, int burstWarmUp, List<Integer> dashboardSizes, int dashboardRequests, int trickleTimers, Duration trickleGap) {

    /** The sizes of {@code -Dbench.scale} (full unless told otherwise), each overridable by its own property. */
    static BenchScale fromSystemProperties() {
        return of(System.getProperty("bench.scale", "full"));
    }

    static BenchScale of(String scale) {
        boolean full = "full".equals(scale);
        return new BenchScale(full ? "full" : "smoke",
                list("bench.databases", full ? "h2,postgresql" : "h2"),
                // raised before anything is timed: the first few hundred run while the JIT still compiles the path
                integer("bench.warm-up", full ? 300 : 2),
                integer("bench.raises-per-level", full ? 400 : 2),
                list("bench.clients", "1,8,32").stream().map(Integer::valueOf).toList(),
                integer("bench.open-concerns", full ? 10_000 : 8),
                // escalated before the burst is timed, on top of the open concerns: the burst runs in a JVM that has
                // just started the app, and the JIT is still compiling the escalation path
                integer("bench.burst-warm-up", full ? 1_000 : 2),
                list("bench.dashboard-sizes", full ? "1000,10000,50000" : "20").stream().map(Integer::valueOf).toList(),
                integer("bench.dashboard-requests", full ? 40 : 2),
                integer("bench.trickle-timers", full ? 10 : 1),
                Duration.ofMillis(integer("bench.trickle-gap-ms", full ? 7_000 : 200)));
    }

    String describe() {
        return ("scale `%s`: databases %s; %d raises to warm up, then %d per client level %s; %d open concerns (escalation burst and memory), "
                + "%d more escalated to warm up before the burst; dashboard sizes %s with %d requests each; trickle of %d timers %d ms apart per job-executor setting")
                .formatted(name, databases, warmUp, raisesPerLevel, clientLevels, openConcerns, burstWarmUp, dashboardSizes, dashboardRequests,
                        trickleTimers, trickleGap.toMillis());
    }

    private static int integer(String property, int fallback) {
        return Integer.parseInt(System.getProperty(property, String.valueOf(fallback)));
    }

    private static List<String> list(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim).toList();
    }
}
