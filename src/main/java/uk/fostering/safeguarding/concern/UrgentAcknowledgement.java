package uk.fostering.safeguarding.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The urgent acknowledgement of a HIGH or CRITICAL concern: what was done at once, and whether the carer was spoken to. */
@Embeddable
record UrgentAcknowledgement(
        @Column(name = "urgent_actions") String immediateActions,
        @Column(name = "urgent_spoke_to_carer") Boolean spokeToCarer,
        @Column(name = "urgent_acknowledged_by") String by,
        @Column(name = "urgent_acknowledged_at") Instant at) {
}
