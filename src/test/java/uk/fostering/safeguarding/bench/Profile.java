package uk.fostering.safeguarding.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time went, from a JFR recording: each CPU sample is put in the first area, in the order below, whose
 * method is on its stack, and the areas are printed with their share of the samples. A list of the hottest single
 * methods said little (a sample's own method is mostly somewhere inside H2 or a collection); what a change of this
 * project can act on is which part of a request or a job the time belongs to. Stacks need
 * {@code -XX:FlightRecorderOptions:stackdepth=512}: at JFR's default of 64 frames the engine's deep stacks lose
 * the frames that tell the areas apart.
 */
final class Profile {

    /** Most specific first: a sample counts once, for the first of these on its stack. */
    private static final Map<String, String> AREAS = areas(
            // the decision's evaluation only: the business rule task's behaviour stays on the stack while the
            // process runs on from it in the same command, which belongs to the areas below
            "org.camunda.bpm.dmn.engine.impl.DefaultDmnEngine.evaluate", "risk decision (DMN evaluation)",
            "Mailer.message", "email: building (Thymeleaf, MIME)",
            "JavaMailSenderImpl.doSend", "email: SMTP",
            "SentNotifications", "email: ledger (sent once)",
            "LinesAtCommit", "audit and chronology lines (one batch at commit)",
            "uk.fostering.safeguarding.audit.", "audit trail",
            "ConcernGrants", "per-concern grants",
            "TaskPeopleGrants", "per-concern grants",
            "EscalationService", "escalation record",
            "RaisingConcerns.register", "concern record: duplicate check and insert (JPA)",
            "ConcernQueries.byReference", "concern record: lookups (JPA)",
            "Chronology.record", "concern record: chronology",
            "ConcernIntake", "concern record: intake listener",
            "uk.fostering.safeguarding.registry.", "registry lookups",
            "uk.fostering.safeguarding.process.People", "people lookups (identity)",
            "VariableStore.forceInitialization", "engine: loading process variables",
            "TaskQueryImpl", "engine: task queries",
            "org.camunda.bpm.engine.impl.identity", "engine: identity queries",
            "IdentityServiceImpl.checkPassword", "HTTP sign-in (Basic)",
            "ProcessEngineAuthenticationFilter.setAuthenticatedUser", "HTTP sign-in (Basic)",
            "AcquireJobsCmd", "engine: job acquisition",
            "CommandContext.close", "engine: flush and commit",
            "org.camunda.bpm.engine.impl.el.", "engine: expressions (JUEL)",
            "StartProcessInstanceCmd", "engine: starting the process (other)",
            "ExecuteJobsCmd", "engine: running the job (other)",
            "ExecuteJobsRunnable", "engine: job bookkeeping (locks, retries)",
            "com.fasterxml.jackson", "HTTP: JSON",
            "EscalationBoard", "dashboard queries",
            "ConcernController", "HTTP: controller (other)",
            "org.apache.catalina", "HTTP: Tomcat and filters (other)");

    private Profile() {
    }

    static String summarise(Path recording, Predicate<String> threads, int top) {
        Map<String, Integer> areas = new LinkedHashMap<>();
        int samples = 0;
        try {
            for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || event.getThread("sampledThread") == null
                        || !threads.test(String.valueOf(event.getThread("sampledThread").getJavaName()))) {
                    continue;
                }
                samples++;
                areas.merge(area(event), 1, Integer::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int total = samples;
        return "%d CPU samples (`%s`): %s.".formatted(samples, recording.getFileName(),
                areas.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                        .limit(top).map(e -> "%s %d%%".formatted(e.getKey(), Math.round(100.0 * e.getValue() / Math.max(1, total))))
                        .collect(Collectors.joining(", ")));
    }

    private static String area(RecordedEvent sample) {
        List<String> frames = sample.getStackTrace().getFrames().stream().map(Profile::name).toList();
        for (Map.Entry<String, String> area : AREAS.entrySet()) {
            if (frames.stream().anyMatch(frame -> frame.contains(area.getKey()))) {
                return area.getValue();
            }
        }
        String thread = String.valueOf(sample.getThread("sampledThread").getJavaName());
        return "other, thread " + thread.replaceAll("\\d+", "N");
    }

    private static Map<String, String> areas(String... markerThenArea) {
        Map<String, String> areas = new LinkedHashMap<>();
        for (int i = 0; i < markerThenArea.length; i += 2) {
            areas.put(markerThenArea[i], markerThenArea[i + 1]);
        }
        return areas;
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
