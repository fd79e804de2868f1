package uk.fostering.safeguarding.concern;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcernEventRepository extends JpaRepository<ConcernEvent, Long> {

    List<ConcernEvent> findByConcernIdOrderByOccurredAtAscIdAsc(Long concernId);

    List<ConcernEvent> findByConcernIdInOrderByOccurredAtAscIdAsc(Collection<Long> concernIds);
}
