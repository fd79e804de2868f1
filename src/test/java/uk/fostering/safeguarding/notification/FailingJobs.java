package uk.fostering.safeguarding.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Drives jobs through the engine's retry schedule on the engine clock, as the job executor would: a job
 * runs when it falls due, a failure counts against its retries and moves its due date to the next gap.
 */
final class FailingJobs {

    /** The retry schedule of every email and escalation task in the models (README "Monitoring"). */
    static final List<Duration> SCHEDULE = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10),
            Duration.ofMinutes(20), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(2), Duration.ofHours(4));

    private final ProcessEngine engine;

    FailingJobs(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Runs one job each time it falls due until its retries run out (every attempt failing), and returns the
     * gaps between its attempts.
     */
    List<Duration> failEveryAttempt(String jobId) {
        ManagementService management = engine.getManagementService();
        List<Duration> gaps = new ArrayList<>();
        Instant last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            Job job = management.createJobQuery().jobId(jobId).singleResult();
            if (job.getRetries() == 0) {
                return gaps;
            }
            Instant due = job.getDuedate() == null ? ClockUtil.now().toInstant() : job.getDuedate().toInstant();
            if (due.isAfter(ClockUtil.now().toInstant())) {
                ClockUtil.setCurrentTime(Date.from(due));
            }
            Instant now = ClockUtil.now().toInstant();
            if (last != null) {
                gaps.add(Duration.between(last, now));
            }
            last = now;
            try {
                management.executeJob(jobId);
                throw new IllegalStateException("job " + jobId + " did not fail");
            } catch (RuntimeException expected) {
                // the failure is recorded on the job: retries counted down, next due date set
            }
        }
        throw new IllegalStateException("job " + jobId + " keeps being retried");
    }

    /**
     * Moves the engine clock from one due job of the given concerns to the next (timers and retries alike) until
     * {@code until}, running every due job as the job executor would and letting failures count against retries.
     */
    void runAsTheyFallDue(Collection<String> references, Instant until) {
        ManagementService management = engine.getManagementService();
        for (int step = 0; step < 10_000; step++) {
            for (int round = 0; round < 20; round++) {
                List<Job> due = jobs(references).stream().filter(FailingJobs::executableNow).toList();
                if (due.isEmpty()) {
                    break;
                }
                for (Job job : due) {
                    try {
                        management.executeJob(job.getId());
                    } catch (RuntimeException expected) {
                        // counted against the job's retries, as the job executor does
                    }
                }
            }
            Optional<Instant> next = jobs(references).stream().filter(j -> j.getRetries() > 0 && j.getDuedate() != null)
                    .map(j -> j.getDuedate().toInstant()).filter(d -> d.isAfter(ClockUtil.now().toInstant()))
                    .min(Comparator.naturalOrder());
            if (next.isEmpty() || next.get().isAfter(until)) {
                ClockUtil.setCurrentTime(Date.from(until));
                return;
            }
            ClockUtil.setCurrentTime(Date.from(next.get()));
        }
        throw new IllegalStateException("jobs keep coming");
    }

    /** Jobs that failed at least once and will be tried again. */
    List<Job> retrying(Collection<String> references) {
        return jobs(references).stream().filter(j -> j.getRetries() > 0 && j.getExceptionMessage() != null).toList();
    }

    /** Every job of the concerns: their own processes and their missing episodes', which share the reference. */
    List<Job> jobs(Collection<String> references) {
        return references.stream().flatMap(reference -> engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference).list().stream())
                .map(ProcessInstance::getId).distinct()
                .flatMap(id -> engine.getManagementService().createJobQuery().processInstanceId(id).list().stream())
                .toList();
    }

    private static boolean executableNow(Job job) {
        return job.getRetries() > 0 && !job.isSuspended()
                && (job.getDuedate() == null || !job.getDuedate().toInstant().isAfter(ClockUtil.now().toInstant()));
    }
}
