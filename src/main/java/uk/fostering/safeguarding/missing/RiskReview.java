package uk.fostering.safeguarding.missing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The SSW's review of the risk after the return. */
@Embeddable
record RiskReview(
        @Column(name = "reviewed_at") Instant at,
        @Column(name = "review_note") String note,
        @Column(name = "reviewed_by") String by) {
}
