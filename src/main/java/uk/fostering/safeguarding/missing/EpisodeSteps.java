package uk.fostering.safeguarding.missing;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.ConcernSteps;
import uk.fostering.safeguarding.shared.Inputs;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * What each step of a missing episode writes into it, with its chronology line: the report to the police, the
 * strategy discussion, the return interview, the risk review; and the repeat rule that raises the concern's risk.
 */
@Service
@Transactional
public class EpisodeSteps {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    private final MissingEpisodeRepository episodes;
    private final ConcernSteps concernSteps;
    private final Chronology chronology;
    private final MissingSettings settings;
    private final Inputs inputs;
    private final Clock clock;

    public EpisodeSteps(MissingEpisodeRepository episodes, ConcernSteps concernSteps, Chronology chronology,
            MissingSettings settings, Inputs inputs, Clock clock) {
        this.episodes = episodes;
        this.concernSteps = concernSteps;
        this.chronology = chronology;
        this.settings = settings;
        this.inputs = inputs;
        this.clock = clock;
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

    /** The child's social worker has taken over from the duty team, who were told while their office was closed. */
    public void handedOver(String reference, int episodeNumber, TakingOver takingOver, String by) {
        inputs.validate(takingOver);
        episode(reference, episodeNumber).handedOver(takingOver.handOverNotes(), by, clock.instant());
        chronology.note(reference, by, ConcernEventType.HANDED_OVER,
                "episode %d: handed over to the child's social worker".formatted(episodeNumber));
    }

    /**
     * The social worker has arranged the independent return interview with one of the return interviewers (the
     * engine's side has checked the choice against the group), who is then offered it.
     */
    public void interviewArranged(String reference, int episodeNumber, String interviewer, String by) {
        episode(reference, episodeNumber).interviewArranged(interviewer, by, clock.instant());
        chronology.note(reference, by, ConcernEventType.RETURN_INTERVIEW_ARRANGED,
                "episode %d: return interview arranged with %s".formatted(episodeNumber, interviewer));
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
        return Optional.of(concernSteps.raiseRiskToAtLeast(reference, RiskLevel.HIGH, rule));
    }

    private MissingEpisode episode(String reference, int episodeNumber) {
        return episodes.findByConcernReferenceAndEpisodeNumber(reference, episodeNumber)
                .orElseThrow(() -> new NotFoundException("Missing episode " + episodeNumber + " of concern " + reference));
    }
}
