package uk.fostering.safeguarding.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Measured loops: rates of work spread over threads, and percentiles of repeated calls. */
final class Timing {

    private Timing() {
    }

    /** Runs {@code action(i)} for i in [0, count) on {@code threads} threads and answers calls per second. */
    static double rate(int threads, int count, IntConsumer action) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        action.accept(i);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark call failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return count / seconds(start);
    }

    /** Milliseconds each of {@code times} sequential calls took. */
    static List<Double> millis(int times, Runnable call) {
        List<Double> took = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            call.run();
            took.add((System.nanoTime() - start) / 1e6);
        }
        return took;
    }

    /** The nearest-rank percentile (p in 0..100) of the values. */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
