package uk.fostering.safeguarding.missing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The independent return interview as the responsible authority's social worker arranged it: with whom, when, by whom. */
@Embeddable
record InterviewArranged(
        @Column(name = "interviewer_id") String interviewer,
        @Column(name = "interview_arranged_at") Instant at,
        @Column(name = "interview_arranged_by") String by) {
}
