package uk.fostering.safeguarding.missing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The strategy discussion held because the child stayed missing, as recorded. */
@Embeddable
record DiscussionHeld(
        @Column(name = "discussion_held_at") Instant at,
        @Column(name = "discussion_notes") String notes,
        @Column(name = "discussed_by") String by) {
}
