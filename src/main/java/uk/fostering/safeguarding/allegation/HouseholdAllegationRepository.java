package uk.fostering.safeguarding.allegation;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface HouseholdAllegationRepository extends Repository<HouseholdAllegation, String> {

    HouseholdAllegation save(HouseholdAllegation allegation);

    Optional<HouseholdAllegation> findByConcernReference(String reference);

    boolean existsByConcernReference(String reference);
}
