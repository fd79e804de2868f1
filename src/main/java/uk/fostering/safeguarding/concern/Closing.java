package uk.fostering.safeguarding.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The SSW's closing note, once the decision was shared with the carer. */
@Embeddable
record Closing(
        @Column(name = "closing_note") String note,
        @Column(name = "closed_by") String by,
        @Column(name = "closed_at") Instant at) {
}
