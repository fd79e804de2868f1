package uk.fostering.safeguarding.missing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The child's return: when they came back and who reported it. */
@Embeddable
record ChildBack(
        @Column(name = "returned_at") Instant at,
        @Column(name = "return_reported_by") String by) {
}
