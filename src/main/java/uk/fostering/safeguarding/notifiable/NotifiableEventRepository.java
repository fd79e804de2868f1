package uk.fostering.safeguarding.notifiable;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NotifiableEventRepository extends Repository<NotifiableEvent, Long> {

    NotifiableEvent save(NotifiableEvent event);

    Optional<NotifiableEvent> findById(long id);

    Optional<NotifiableEvent> findByConcernReferenceAndKindAndOccurrence(String reference, NotifiableEventKind kind,
            int occurrence);

    List<NotifiableEvent> findByConcernReferenceOrderByIdAsc(String reference);

    @Query("select coalesce(max(e.occurrence), 0) from NotifiableEvent e where e.concernReference = ?1 and e.kind = ?2")
    int lastOccurrence(String reference, NotifiableEventKind kind);
}
