package uk.fostering.safeguarding.escalation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

    Optional<Escalation> findByTaskIdAndReason(String taskId, EscalationReason reason);

    List<Escalation> findByTaskIdAndResolvedAtIsNull(String taskId);
}
