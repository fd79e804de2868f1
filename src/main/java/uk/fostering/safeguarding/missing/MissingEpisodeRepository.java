package uk.fostering.safeguarding.missing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Only what the services use: a plain {@link Repository}, so a test can fake it and nothing deletes an episode. */
interface MissingEpisodeRepository extends Repository<MissingEpisode, Long> {

    MissingEpisode save(MissingEpisode episode);

    Optional<MissingEpisode> findFirstByChildIdAndStatusOrderByMissingSinceDesc(String childId, EpisodeStatus status);

    Optional<MissingEpisode> findFirstByConcernReferenceAndStatusOrderByEpisodeNumberDesc(String reference,
            EpisodeStatus status);

    Optional<MissingEpisode> findByConcernReferenceAndEpisodeNumber(String reference, int episodeNumber);

    List<MissingEpisode> findByConcernReferenceOrderByEpisodeNumberAsc(String reference);

    List<MissingEpisode> findByStatusOrderByMissingSinceAsc(EpisodeStatus status);

    long countByChildIdAndMissingSinceGreaterThanEqual(String childId, Instant since);

    @Query("select coalesce(max(e.episodeNumber), 0) from MissingEpisode e where e.concernReference = ?1")
    int lastEpisodeNumber(String reference);
}
