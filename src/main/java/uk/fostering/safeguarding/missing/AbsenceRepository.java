package uk.fostering.safeguarding.missing;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Only what the services use: a plain {@link Repository}, so a test can fake it and nothing deletes an absence. */
interface AbsenceRepository extends Repository<Absence, Long> {

    Absence save(Absence absence);

    Optional<Absence> findById(Long id);

    Optional<Absence> findFirstByChildIdAndStatusOrderByAwaySinceDesc(String childId, AbsenceStatus status);
}
