package uk.fostering.safeguarding.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/**
 * Read only: a plain {@link Repository}, so there is no delete or bulk update to call; {@link Audit} inserts the lines
 * with {@link LinesAtCommit}.
 */
interface AuditRepository extends Repository<AuditEvent, Long> {

    List<AuditEvent> findByReferenceOrderByOccurredAtAscIdAsc(String reference);
}
