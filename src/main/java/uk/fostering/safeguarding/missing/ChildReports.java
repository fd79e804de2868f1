package uk.fostering.safeguarding.missing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernQueries;
import uk.fostering.safeguarding.concern.RaisingConcerns;
import uk.fostering.safeguarding.missing.ReportingMissing.Reported;
import uk.fostering.safeguarding.missing.ReportingMissing.Returned;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.shared.ConflictException;
import uk.fostering.safeguarding.shared.Inputs;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;

/**
 * Every report that a child is away or back, as the 2014 statutory guidance tells them apart: <em>absent</em>
 * (not where they should be, but where they are is known or believed known: recorded and watched, no police step)
 * and <em>missing</em> (whereabouts unknown: a missing episode, {@link ReportingMissing}). An absence becomes a
 * missing episode when the child is not back by the time the carer or SSW set, or is reported missing meanwhile.
 * The API, Tasklist's forms and the carers' pages all come through here.
 */
@Service
@Transactional
public class ChildReports {

    private static final Logger log = LoggerFactory.getLogger(ChildReports.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;
    /** An absence watched for longer than a week is a plan, not an absence. */
    public static final Duration LONGEST_ABSENCE = Duration.ofDays(7);

    private final AbsenceRepository absences;
    private final MissingEpisodeRepository episodes;
    private final ReportingMissing missing;
    private final RaisingConcerns raising;
    private final ConcernQueries concerns;
    private final Chronology chronology;
    private final Audit audit;
    private final MissingWorkflow workflow;
    private final Inputs inputs;
    private final Clock clock;

    public ChildReports(AbsenceRepository absences, MissingEpisodeRepository episodes, ReportingMissing missing,
            RaisingConcerns raising, ConcernQueries concerns, Chronology chronology, Audit audit,
            MissingWorkflow workflow, Inputs inputs, Clock clock) {
        this.absences = absences;
        this.episodes = episodes;
        this.missing = missing;
        this.raising = raising;
        this.concerns = concerns;
        this.chronology = chronology;
        this.audit = audit;
        this.workflow = workflow;
        this.inputs = inputs;
        this.clock = clock;
    }

    /** The child is absent: recorded, with the time they must be back by, and watched (the caller's process). */
    public Absent reportAbsent(String childId, AbsenceReport report, Caller caller) {
        raising.placementForMissingReport(childId, caller);
        inputs.validate(report);
        Instant now = clock.instant();
        if (!report.backBy().isAfter(now)) {
            throw InvalidInputException.of("backBy", "must be later than now: if the child should be back already, "
                    + "report them missing");
        }
        if (report.backBy().isAfter(now.plus(LONGEST_ABSENCE))) {
            throw InvalidInputException.of("backBy", "must be within 7 days from now");
        }
        episodes.findFirstByChildIdAndStatusOrderByMissingSinceDesc(childId, EpisodeStatus.MISSING).ifPresent(open -> {
            throw new ConflictException("Child %s is already reported missing (concern %s)".formatted(childId,
                    open.getConcernReference()));
        });
        openAbsence(childId).ifPresent(open -> {
            throw new ConflictException("Child %s is already reported absent (%s)".formatted(childId, open.getReference()));
        });
        String concern = concerns.openConcernOf(childId).map(Concern::getReference).orElse(null);
        Absence absence = absences.save(new Absence(childId, concern, report, caller.userId(), now));
        note(absence, caller.userId(), ConcernEventType.ABSENCE_RECORDED, "absence %s: away since %s, to be back by %s"
                .formatted(absence.getReference(), TIME.format(report.awaySince()), TIME.format(report.backBy())));
        log.info("Child {} reported absent ({}) by {}", childId, absence.getReference(), caller.userId());
        return new Absent(absence.getReference(), absence.getId(), report.backBy());
    }

    /** The child is missing; an absence of theirs being watched ends there, and becomes this missing episode. */
    public Reported reportMissing(String childId, MissingReport report, Caller caller) {
        Optional<Absence> absent = openAbsence(childId);
        Reported reported = missing.reportMissing(childId, report, caller);
        absent.ifPresent(absence -> {
            becameMissing(absence, reported, caller.userId());
            workflow.absenceEnded(absence.getReference(), true);
        });
        return reported;
    }

    /** The child is back: from an absence being watched, or from being missing. */
    public Returned reportReturned(String childId, Instant returnedAt, Caller caller) {
        Optional<Absence> absent = openAbsence(childId);
        if (absent.isEmpty()) {
            return missing.reportReturned(childId, returnedAt, caller);
        }
        raising.placementForMissingReport(childId, caller);
        Absence absence = absent.get();
        ReportingMissing.requireReturnTime(returnedAt, absence.getAwaySince(), "the child went away", clock);
        absence.back(returnedAt, caller.userId());
        note(absence, caller.userId(), ConcernEventType.BACK_FROM_ABSENCE, "absence %s: back at %s"
                .formatted(absence.getReference(), TIME.format(returnedAt)));
        workflow.absenceEnded(absence.getReference(), false);
        log.info("Child {} back from absence {} by {}", childId, absence.getReference(), caller.userId());
        return new Returned(absence.getReference(), 0, returnedAt);
    }

    /**
     * The time the child had to be back by has come and they are not back: the absence becomes a missing episode
     * (the police step included), reported on behalf of the person who recorded the absence, last seen when they
     * went away. An absence that has ended meanwhile stays as it is.
     *
     * @param callerOf the person who recorded the absence, with their roles now
     */
    public Optional<Reported> notBackInTime(long absenceId, Function<String, Caller> callerOf) {
        Absence absence = absences.findById(absenceId)
                .orElseThrow(() -> new NotFoundException("Absence " + Absence.reference(absenceId)));
        if (absence.getStatus() != AbsenceStatus.ABSENT) {
            return Optional.empty();
        }
        Reported reported = missing.reportMissing(absence.getChildId(), new MissingReport(absence.getAwaySince(),
                "Absent (" + absence.getReference() + ") and not back by the agreed time. Believed to be: "
                        + absence.getBelievedToBe()), callerOf.apply(absence.getReportedBy()));
        becameMissing(absence, reported, "system");
        return Optional.of(reported);
    }

    private void becameMissing(Absence absence, Reported reported, String by) {
        absence.becameMissing(reported.reference(), clock.instant(), by);
        chronology.note(reported.reference(), by, ConcernEventType.ABSENCE_BECAME_MISSING,
                "absence %s (to be back by %s) became missing episode %d".formatted(absence.getReference(),
                        TIME.format(absence.getBackBy()), reported.episodeNumber()));
        log.info("Absence {} of child {} became missing episode {} of concern {}", absence.getReference(),
                absence.getChildId(), reported.episodeNumber(), reported.reference());
    }

    /** A line in the chronology of the concern open when the absence began; with none, an audit line under the child. */
    private void note(Absence absence, String actor, ConcernEventType type, String line) {
        if (absence.getConcernReference() != null) {
            chronology.note(absence.getConcernReference(), actor, type, line);
        } else {
            audit.record(actor, type.name(), absence.getChildId(), line);
        }
    }

    private Optional<Absence> openAbsence(String childId) {
        return absences.findFirstByChildIdAndStatusOrderByAwaySinceDesc(childId, AbsenceStatus.ABSENT);
    }

    /** An absence recorded: its reference (AB-…), its id for its watch, and the time the child must be back by. */
    public record Absent(String reference, long id, Instant backBy) {
    }
}
