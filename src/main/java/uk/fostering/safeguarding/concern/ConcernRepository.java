package uk.fostering.safeguarding.concern;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcernRepository extends JpaRepository<Concern, Long> {

    Optional<Concern> findByReference(String reference);

    Optional<Concern> findFirstByChildIdAndRaisedByAndSummaryAndObservedAtBetween(String childId, String raisedBy,
            String summary, Instant observedFrom, Instant observedTo);

    List<Concern> findByReferenceInOrderByRaisedAtDescIdDesc(Collection<String> references);

    List<Concern> findByChildIdOrderByRaisedAtDescIdDesc(String childId);

    Optional<Concern> findFirstByChildIdAndStatusOrderByRaisedAtDescIdDesc(String childId, ConcernStatus status);
}
