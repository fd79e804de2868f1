package uk.fostering.safeguarding.missing;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernQueries;
import uk.fostering.safeguarding.concern.RaisingConcerns;
import uk.fostering.safeguarding.concern.RaisingConcerns.Registered;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.shared.ConflictException;
import uk.fostering.safeguarding.shared.Inputs;
import uk.fostering.safeguarding.shared.InvalidInputException;

/**
 * A child reported missing (a new episode of their open concern, or a concern raised for it) and reported back.
 * Every entry point (the API, Tasklist's forms through the process listeners) goes through here. One episode per
 * child is open (child away) at a time.
 */
@Service
@Transactional
public class ReportingMissing {

    private static final Logger log = LoggerFactory.getLogger(ReportingMissing.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    private final MissingEpisodeRepository episodes;
    private final RaisingConcerns raising;
    private final ConcernQueries concerns;
    private final Chronology chronology;
    private final MissingWorkflow workflow;
    private final Inputs inputs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReportingMissing(MissingEpisodeRepository episodes, RaisingConcerns raising, ConcernQueries concerns,
            Chronology chronology, MissingWorkflow workflow, Inputs inputs, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.episodes = episodes;
        this.raising = raising;
        this.concerns = concerns;
        this.chronology = chronology;
        this.workflow = workflow;
        this.inputs = inputs;
        this.clock = clock;
    }

    /** The child is missing: a new episode of their open concern, or a new concern of category MISSING. */
    public Reported reportMissing(String childId, MissingReport report, Caller caller) {
        raising.placementForMissingReport(childId, caller);
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
        Registered registered = raising.registerMissing(childId, report.lastSeenAt(), caller);
        store(registered.concern(), 1, report, caller.userId());
        raising.start(registered); // the concern's process opens the stored episode as it starts
        return new Reported(registered.concern().getReference(), 1, true);
    }

    /** The child is back: the open episode's missing period ends and the return interview is due. */
    public Returned reportReturned(String childId, Instant returnedAt, Caller caller) {
        raising.placementForMissingReport(childId, caller);
        requireReturnTime(returnedAt, null, null, clock);
        MissingEpisode episode = episodes.findFirstByChildIdAndStatusOrderByMissingSinceDesc(childId, EpisodeStatus.MISSING)
                .orElseThrow(() -> new ConflictException("Child " + childId + " is not reported missing"));
        requireReturnTime(returnedAt, episode.getMissingSince(), "the child was last seen", clock);
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
        MissingEpisode episode = episodes.findFirstByConcernReferenceAndStatusOrderByEpisodeNumberDesc(reference,
                EpisodeStatus.MISSING).orElseGet(() -> {
                    Concern concern = concerns.byReference(reference);
                    int number = episodes.lastEpisodeNumber(reference) + 1;
                    Instant since = number == 1 && concern.isChildMissing() ? concern.getObservedAt() : clock.instant();
                    return store(concern, number, new MissingReport(since, null), concern.getRaisedBy());
                });
        events.publishEvent(new ChildWentMissing(reference, episode.getEpisodeNumber(), episode.getMissingSince()));
        return episode;
    }

    /** A return's time: given, not in the future, and (when {@code since} is known) not before {@code since}. */
    static void requireReturnTime(Instant returnedAt, Instant since, String sinceWhat, Clock clock) {
        if (returnedAt == null) {
            throw InvalidInputException.of("returnedAt", "must not be null");
        }
        if (returnedAt.isAfter(clock.instant())) {
            throw InvalidInputException.of("returnedAt", "must not be in the future");
        }
        if (since != null && returnedAt.isBefore(since)) {
            throw InvalidInputException.of("returnedAt", "must not be before " + sinceWhat + " (" + TIME.format(since) + ")");
        }
    }

    private MissingEpisode store(Concern concern, int number, MissingReport report, String by) {
        MissingEpisode episode = episodes.save(new MissingEpisode(concern, number, report, by, clock.instant()));
        chronology.note(concern.getReference(), by, ConcernEventType.MISSING_REPORTED,
                "episode %d: missing since %s".formatted(number, TIME.format(report.lastSeenAt())));
        log.info("Child {} reported missing (concern {}, episode {}) by {}", concern.getChildId(),
                concern.getReference(), number, by);
        return episode;
    }

    public record Reported(String reference, int episodeNumber, boolean concernRaised) {
    }

    public record Returned(String reference, int episodeNumber, Instant returnedAt) {
    }
}
