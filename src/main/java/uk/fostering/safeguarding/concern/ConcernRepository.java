package uk.fostering.safeguarding.concern;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Only what the service uses: a plain {@link Repository}, so a test can fake it in a few lines and nothing deletes. */
public interface ConcernRepository extends Repository<Concern, Long> {

    Concern save(Concern concern);

    long count();

    Optional<Concern> findByReference(String reference);

    Optional<Concern> findFirstByChildIdAndRaisedByAndSummaryAndObservedAtBetween(String childId, String raisedBy,
            String summary, Instant observedFrom, Instant observedTo);

    List<Concern> findByReferenceInOrderByRaisedAtDescIdDesc(Collection<String> references);

    List<Concern> findByChildIdOrderByRaisedAtDescIdDesc(String childId);

    Optional<Concern> findFirstByChildIdAndStatusOrderByRaisedAtDescIdDesc(String childId, ConcernStatus status);
}
