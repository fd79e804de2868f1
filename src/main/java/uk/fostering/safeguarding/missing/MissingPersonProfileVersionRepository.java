package uk.fostering.safeguarding.missing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MissingPersonProfileVersionRepository extends JpaRepository<MissingPersonProfileVersion, Long> {

    List<MissingPersonProfileVersion> findByChildIdOrderByVersionNumberDesc(String childId);
}
