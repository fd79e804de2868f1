package uk.fostering.safeguarding.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM's JIT compiler threads, read from {@code /proc/self/task}. The
 * CompilationMXBean's figure is elapsed time summed over the compiler threads, which counts the time they wait for
 * a core too; on 2 busy cores it can exceed the wall time of what it measures.
 */
final class CompilerCpu {

    /** Linux's clock ticks per second for {@code stat}'s utime and stime (USER_HZ, 100 on every mainstream kernel). */
    private static final double TICKS_PER_SECOND = 100;

    /** Seconds of CPU the compiler threads have used, or NaN where there is no {@code /proc} (not Linux). */
    static double seconds() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return Double.NaN;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            return threads.filter(CompilerCpu::isCompiler).mapToLong(CompilerCpu::ticks).sum() / TICKS_PER_SECOND;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static boolean isCompiler(Path thread) {
        try {
            // "C1 CompilerThre", "C2 CompilerThre" (the kernel keeps 15 characters of a thread's name)
            return Files.readString(thread.resolve("comm")).contains("CompilerThre");
        } catch (IOException e) {
            return false; // the thread ended while being read
        }
    }

    private static long ticks(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            // the fields after the name in parentheses, which may hold spaces: state is field 3, utime 14, stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0; // the thread ended while being read
        }
    }

    private CompilerCpu() {
    }
}
