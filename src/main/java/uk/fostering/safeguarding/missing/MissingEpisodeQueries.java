package uk.fostering.safeguarding.missing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading missing episodes: a concern's episodes (shown with the concern, whose read is audited there) and the
 * children missing now.
 */
@Service
@Transactional(readOnly = true)
public class MissingEpisodeQueries {

    private final MissingEpisodeRepository episodes;
    private final Clock clock;

    public MissingEpisodeQueries(MissingEpisodeRepository episodes, Clock clock) {
        this.episodes = episodes;
        this.clock = clock;
    }

    public List<MissingEpisode> ofConcern(String reference) {
        return episodes.findByConcernReferenceOrderByEpisodeNumberAsc(reference);
    }

    /** Children missing right now, the longest missing first. */
    public List<ChildMissingPeriod> currentlyMissing() {
        Instant now = clock.instant();
        return episodes.findByStatusOrderByMissingSinceAsc(EpisodeStatus.MISSING).stream()
                .map(e -> new ChildMissingPeriod(e.getConcernReference(), e.getChildId(), e.getEpisodeNumber(),
                        e.getMissingSince(), Duration.between(e.getMissingSince(), now).toMinutes()))
                .toList();
    }
}
