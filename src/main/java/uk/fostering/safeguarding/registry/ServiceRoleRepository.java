package uk.fostering.safeguarding.registry;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceRoleRepository extends JpaRepository<ServiceRole, String> {
}
