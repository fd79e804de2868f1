package uk.fostering.safeguarding.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The carer's notes of their talk with the child, as advised. */
@Embeddable
record TalkWithChild(
        @Column(name = "talk_notes") String notes,
        @Column(name = "talked_by") String by,
        @Column(name = "talked_at") Instant at) {
}
