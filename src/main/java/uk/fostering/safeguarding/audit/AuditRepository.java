package uk.fostering.safeguarding.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: a plain {@link Repository}, so there is no delete or bulk update to call. */
interface AuditRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByReferenceOrderByOccurredAtAscIdAsc(String reference);
}
