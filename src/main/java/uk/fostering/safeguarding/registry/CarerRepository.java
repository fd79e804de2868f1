package uk.fostering.safeguarding.registry;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CarerRepository extends JpaRepository<Carer, String> {
}
