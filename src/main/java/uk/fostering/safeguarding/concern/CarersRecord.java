package uk.fostering.safeguarding.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The carer's record of the concern: the facts, the child's own words and the carer's view, kept apart. */
@Embeddable
record CarersRecord(
        @Column(name = "record_facts") String facts,
        @Column(name = "record_child_words") String childWords,
        @Column(name = "record_carer_view") String carerView,
        @Column(name = "recorded_by") String by,
        @Column(name = "recorded_at") Instant at) {
}
