package uk.fostering.safeguarding.missing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The independent return interview, as recorded. */
@Embeddable
record InterviewHeld(
        @Column(name = "interviewed_at") Instant at,
        @Column(name = "interview_notes") String notes,
        @Column(name = "interviewed_by") String by) {
}
