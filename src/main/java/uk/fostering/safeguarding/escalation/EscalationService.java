package uk.fostering.safeguarding.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.calendar.WorkingCalendar;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.registry.Registry;

/**
 * Decides, each time a task's escalation timer ticks, whether there is anything to escalate and to
 * whom: level 1 the responsible person's manager, level 2 (repeating) the registered manager, and
 * outside office hours the emergency duty team as well.
 */
@Service
@Transactional
public class EscalationService {

    private static final Logger log = LoggerFactory.getLogger(EscalationService.class);

    private final EscalationRepository escalations;
    private final Registry registry;
    private final WorkingCalendar calendar;
    private final Chronology chronology;
    private final Clock clock;

    public EscalationService(EscalationRepository escalations, Registry registry, WorkingCalendar calendar,
            Chronology chronology, Clock clock) {
        this.escalations = escalations;
        this.registry = registry;
        this.calendar = calendar;
        this.chronology = chronology;
        this.clock = clock;
    }

    /**
     * Escalates the task one level if it is unacknowledged or overdue; otherwise nothing happens. Runs in the
     * escalation job's transaction: a retried job recomputes the same level and round.
     */
    public Optional<TaskEscalated> tick(OpenStep step, Supplier<List<String>> emergencyDutyTeam,
            Supplier<List<String>> fosteringManagers) {
        Instant now = clock.instant();
        EscalationReason reason = reasonToEscalate(step, now);
        if (reason == null) {
            return Optional.empty();
        }
        Escalation escalation = escalations.findByTaskIdAndReason(step.taskId(), reason)
                .orElseGet(() -> new Escalation(step.reference(), step.taskId(), step.step(), step.stepName(),
                        step.responsibleId(), reason, reason == EscalationReason.OVERDUE ? step.due() : now));
        escalation.climb(now, step.responsibleId());
        escalations.save(escalation);
        TaskEscalated escalated = new TaskEscalated(step.reference(), step.taskId(), step.step(), step.stepName(),
                step.responsibleId(), reason, escalation.getLevel(), escalation.getRound(),
                recipients(step.responsibleId(), escalation.getLevel(), emergencyDutyTeam, fosteringManagers, now));
        chronology.note(step.reference(), "system", ConcernEventType.ESCALATED, "%s %s, level %d, to %s".formatted(
                step.stepName(), reason == EscalationReason.OVERDUE ? "overdue" : "not acknowledged",
                escalated.level(), String.join(", ", escalated.recipients())));
        log.info("Task {} of concern {} escalated ({}, level {}, round {}) to {}", step.taskId(), step.reference(),
                reason, escalated.level(), escalated.round(), escalated.recipients());
        return Optional.of(escalated);
    }

    /** The responsible person claimed the task: its acknowledgement escalation is over. */
    public void acknowledged(String reference, String taskId, String stepName, String by) {
        escalations.findByTaskIdAndReason(taskId, EscalationReason.UNACKNOWLEDGED).ifPresent(e -> e.resolve(clock.instant()));
        chronology.note(reference, by, ConcernEventType.ACKNOWLEDGED, stepName);
    }

    /** The task was completed or ended: every escalation of it is over. */
    public void finished(String taskId) {
        escalations.findByTaskIdAndResolvedAtIsNull(taskId).forEach(e -> e.resolve(clock.instant()));
    }

    private static EscalationReason reasonToEscalate(OpenStep step, Instant now) {
        if (!step.acknowledged()) {
            return EscalationReason.UNACKNOWLEDGED;
        }
        if (step.due() != null && !now.isBefore(step.due())) {
            return EscalationReason.OVERDUE;
        }
        return null;
    }

    private List<String> recipients(String responsible, int level, Supplier<List<String>> emergencyDutyTeam,
            Supplier<List<String>> fosteringManagers, Instant now) {
        return EscalationRecipients.of(responsible, level, registry.managerOf(responsible), registry.registeredManager(),
                calendar.isOfficeHours(now), emergencyDutyTeam, fosteringManagers);
    }
}
