package uk.fostering.safeguarding.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time went, from a JFR recording: the hottest methods by own samples (what {@code jfr print --events
 * jdk.ExecutionSample} shows one by one) and the project's own methods that were on the stack most often.
 */
final class Profile {

    private Profile() {
    }

    static String summarise(Path recording, Predicate<String> threads, int top) {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        try {
            for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || event.getThread("sampledThread") == null
                        || !threads.test(String.valueOf(event.getThread("sampledThread").getJavaName()))) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (!frames.isEmpty()) {
                    self.merge(name(frames.get(0)), 1, Integer::sum);
                }
                frames.stream().map(Profile::name).filter(n -> n.startsWith("uk.fostering")).distinct()
                        .forEach(n -> ours.merge(n, 1, Integer::sum));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "%d samples (`%s`). Hottest methods (own time): %s. Project methods on the stack: %s."
                .formatted(samples, recording.getFileName(), top(self, samples, top), top(ours, samples, top));
    }

    private static String top(Map<String, Integer> counts, int samples, int top) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(top).map(e -> "`%s` %d%%".formatted(e.getKey(), Math.round(100.0 * e.getValue() / Math.max(1, samples))))
                .collect(Collectors.joining(", "));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
