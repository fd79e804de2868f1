package uk.fostering.safeguarding.missing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernService;
import uk.fostering.safeguarding.concern.ConcernService.Registered;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.shared.ConflictException;
import uk.fostering.safeguarding.shared.Inputs;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * Missing-from-care episodes: reporting a child missing (joining the child's open concern or
 * raising one), their return, and each step recorded along the way. Every entry point (the API,
 * Tasklist's forms through the process listeners) goes through here. One episode per child is
 * open (child away) at a time.
 */
@Service
@Transactional
public class MissingEpisodes {

    private static final Logger log = LoggerFactory.getLogger(MissingEpisodes.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    private final MissingEpisodeRepository episodes;
    private final ConcernService concerns;
    private final Chronology chronology;
    private final MissingWorkflow workflow;
    private final MissingSettings settings;
    private final Inputs inputs;
    private final Clock clock;

    public MissingEpisodes(MissingEpisodeRepository episodes, ConcernService concerns, Chronology chronology,
            MissingWorkflow workflow, MissingSettings settings, Inputs inputs, Clock clock) {
        this.episodes = episodes;
        this.concerns = concerns;
        this.chronology = chronology;
        this.workflow = workflow;
        this.settings = settings;
        this.inputs = inputs;
        this.clock = clock;
    }

    /** The child is missing: a new episode of their open concern, or a new concern of category MISSING. */
    public Reported reportMissing(String childId, MissingReport report, Caller caller) {
        concerns.placementForMissingReport(childId, caller);
        inputs.validate(report);
        episodes.findFirstByChildIdAndStatusOrderByMissingSinceDesc(childId, EpisodeStatus.MISSING).ifPresent(open -> {
            throw new ConflictException("Child %s is already reported missing since %s (concern %s)"
                    .formatted(childId, TIME.format(open.getMissingSince()), open.getConcernReference()));
        });
        Optional<Concern> openConcern = concerns.openConcernOf(childId);
        if (openConcern.isPresent()) {
            Concern concern = openConcern.get();
            MissingEpisode episode = store(concern, episodes.lastEpisodeNumber(concern.getReference()) + 1, report,
                    caller.userId());
            workflow.childMissing(concern.getReference(), episode.getEpisodeNumber(), report.lastSeenAt());
            return new Reported(concern.getReference(), episode.getEpisodeNumber(), false);
        }
        Registered registered = concerns.registerMissing(childId, report.lastSeenAt(), caller);
        store(registered.concern(), 1, report, caller.userId());
        concerns.start(registered); // the concern's process opens the stored episode as it starts
        return new Reported(registered.concern().getReference(), 1, true);
    }

    /** The child is back: the open episode's missing period ends and the return interview is due. */
    public Returned reportReturned(String childId, Instant returnedAt, Caller caller) {
        concerns.placementForMissingReport(childId, caller);
        if (returnedAt == null) {
            throw InvalidInputException.of("returnedAt", "must not be null");
        }
        if (returnedAt.isAfter(clock.instant())) {
            throw InvalidInputException.of("returnedAt", "must not be in the future");
        }
        MissingEpisode episode = episodes.findFirstByChildIdAndStatusOrderByMissingSinceDesc(childId, EpisodeStatus.MISSING)
                .orElseThrow(() -> new ConflictException("Child " + childId + " is not reported missing"));
        if (returnedAt.isBefore(episode.getMissingSince())) {
            throw InvalidInputException.of("returnedAt", "must not be before the child was last seen ("
                    + TIME.format(episode.getMissingSince()) + ")");
        }
        episode.returned(returnedAt, caller.userId());
        chronology.note(episode.getConcernReference(), caller.userId(), ConcernEventType.RETURNED,
                "episode %d: back at %s".formatted(episode.getEpisodeNumber(), TIME.format(returnedAt)));
        workflow.childReturned(episode.getConcernReference(), returnedAt);
        log.info("Child {} reported back (concern {}, episode {}) by {}", childId, episode.getConcernReference(),
                episode.getEpisodeNumber(), caller.userId());
        return new Returned(episode.getConcernReference(), episode.getEpisodeNumber(), returnedAt);
    }

    /**
     * An episode's process has started: the episode stored by {@link #reportMissing}, or, when the
     * process started it on its own (a concern raised with the child missing, or a ChildMissing
     * message sent straight to the engine), a new one from what the concern says.
     */
    public MissingEpisode opened(String reference) {
        return episodes.findFirstByConcernReferenceAndStatusOrderByEpisodeNumberDesc(reference, EpisodeStatus.MISSING)
                .orElseGet(() -> {
                    Concern concern = concerns.byReference(reference);
                    int number = episodes.lastEpisodeNumber(reference) + 1;
                    Instant since = number == 1 && concern.isChildMissing() ? concern.getObservedAt() : clock.instant();
                    return store(concern, number, new MissingReport(since, null), concern.getRaisedBy());
                });
    }

    public void reportedToPolice(String reference, int episodeNumber, PoliceReport report, String by) {
        inputs.validate(report);
        MissingEpisode episode = episode(reference, episodeNumber);
        episode.reportedToPolice(report, by);
        chronology.note(reference, by, ConcernEventType.REPORTED_TO_POLICE,
                "episode %d: police called at %s".formatted(episodeNumber, TIME.format(report.policeCalledAt())));
    }

    public void discussed(String reference, int episodeNumber, StrategyDiscussion discussion, String by) {
        inputs.validate(discussion);
        episode(reference, episodeNumber).discussed(discussion, by);
        chronology.note(reference, by, ConcernEventType.STRATEGY_DISCUSSED,
                "episode %d: strategy discussion held at %s".formatted(episodeNumber, TIME.format(discussion.heldAt())));
    }

    public void interviewed(String reference, int episodeNumber, ReturnInterview interview, String by) {
        inputs.validate(interview);
        MissingEpisode episode = episode(reference, episodeNumber);
        if (episode.getReturnedAt() != null && interview.interviewedAt().isBefore(episode.getReturnedAt())) {
            throw InvalidInputException.of("interviewedAt", "must not be before the child came back");
        }
        episode.interviewed(interview, by);
        chronology.note(reference, by, ConcernEventType.RETURN_INTERVIEW_DONE,
                "episode %d: interview done at %s".formatted(episodeNumber, TIME.format(interview.interviewedAt())));
    }

    public void reviewed(String reference, int episodeNumber, String note, String by) {
        if (note != null && note.length() > 2000) {
            throw InvalidInputException.of("reviewNote", "must be at most 2000 characters");
        }
        episode(reference, episodeNumber).reviewed(note, by, clock.instant());
        chronology.note(reference, by, ConcernEventType.RISK_REVIEWED,
                "episode %d: risk level reviewed after the return".formatted(episodeNumber));
    }

    public void closed(String reference, int episodeNumber) {
        episode(reference, episodeNumber).close();
    }

    /**
     * The repeat rule: this episode and the child's others that began within the window before it
     * reach the threshold (by default a third episode within 90 days), so the concern's risk level
     * rises to at least HIGH. Answers the level the concern then has, or empty when the rule does not apply.
     */
    public Optional<RiskLevel> applyRepeatRule(String reference, int episodeNumber) {
        MissingEpisode episode = episode(reference, episodeNumber);
        long recent = episodes.countByChildIdAndMissingSinceGreaterThanEqual(episode.getChildId(),
                episode.getMissingSince().minus(settings.repeatWindow()));
        if (recent < settings.repeatThreshold()) {
            return Optional.empty();
        }
        String rule = "missing %d times within %d days".formatted(recent, settings.repeatWindow().toDays());
        chronology.note(reference, "system", ConcernEventType.REPEATEDLY_MISSING, rule);
        return Optional.of(concerns.raiseRiskToAtLeast(reference, RiskLevel.HIGH, rule));
    }

    @Transactional(readOnly = true)
    public List<MissingEpisode> ofConcern(String reference) {
        return episodes.findByConcernReferenceOrderByEpisodeNumberAsc(reference);
    }

    /** Children missing right now, the longest missing first. */
    @Transactional(readOnly = true)
    public List<ChildMissingPeriod> currentlyMissing() {
        Instant now = clock.instant();
        return episodes.findByStatusOrderByMissingSinceAsc(EpisodeStatus.MISSING).stream()
                .map(e -> new ChildMissingPeriod(e.getConcernReference(), e.getChildId(), e.getEpisodeNumber(),
                        e.getMissingSince(), Duration.between(e.getMissingSince(), now).toMinutes()))
                .toList();
    }

    private MissingEpisode store(Concern concern, int number, MissingReport report, String by) {
        MissingEpisode episode = episodes.save(new MissingEpisode(concern, number, report, by, clock.instant()));
        chronology.note(concern.getReference(), by, ConcernEventType.MISSING_REPORTED,
                "episode %d: missing since %s".formatted(number, TIME.format(report.lastSeenAt())));
        log.info("Child {} reported missing (concern {}, episode {}) by {}", concern.getChildId(),
                concern.getReference(), number, by);
        return episode;
    }

    private MissingEpisode episode(String reference, int episodeNumber) {
        return episodes.findByConcernReferenceAndEpisodeNumber(reference, episodeNumber)
                .orElseThrow(() -> new NotFoundException("Missing episode " + episodeNumber + " of concern " + reference));
    }

    public record Reported(String reference, int episodeNumber, boolean concernRaised) {
    }

    public record Returned(String reference, int episodeNumber, Instant returnedAt) {
    }
}
