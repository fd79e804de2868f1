package uk.fostering.safeguarding.missing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The carer's call to the police as recorded: when, the police reference, what the child wore, where last seen. */
@Embeddable
record PoliceCall(
        @Column(name = "police_called_at") Instant at,
        @Column(name = "police_reference") String policeReference,
        @Column(name = "clothing") String clothing,
        @Column(name = "last_seen_details") String lastSeenDetails,
        @Column(name = "police_reported_by") String by) {
}
