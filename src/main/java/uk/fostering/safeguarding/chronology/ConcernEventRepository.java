package uk.fostering.safeguarding.chronology;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConcernEventRepository extends JpaRepository<ConcernEvent, Long> {

    List<ConcernEvent> findByConcernIdOrderByOccurredAtAscIdAsc(Long concernId);

    List<ConcernEvent> findByConcernIdInOrderByOccurredAtAscIdAsc(Collection<Long> concernIds);

    /** By the table, not the entity: the chronology is below the concern feature and does not import it. */
    @Query(value = "select id from concern where reference = :reference", nativeQuery = true)
    Optional<Long> concernIdOf(String reference);
}
