package uk.fostering.safeguarding.missing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The child's social worker taking over from the duty team, who were told out of hours: when, by whom, and what they wrote. */
@Embeddable
record HandOver(
        @Column(name = "handed_over_at") Instant at,
        @Column(name = "hand_over_notes") String notes,
        @Column(name = "handed_over_to") String by) {
}
