package uk.fostering.safeguarding.missing;

import org.springframework.data.jpa.repository.JpaRepository;

interface MissingPersonProfileRepository extends JpaRepository<MissingPersonProfile, String> {
}
