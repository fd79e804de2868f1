package uk.fostering.safeguarding.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The child's social worker's decision on the next steps, with the reasons. */
@Embeddable
record Decision(
        @Enumerated(EnumType.STRING) @Column(name = "decision") NextStep nextStep,
        @Column(name = "decision_reasons") String reasons,
        @Column(name = "decided_by") String by,
        @Column(name = "decided_at") Instant at) {
}
