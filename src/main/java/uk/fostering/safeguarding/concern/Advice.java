package uk.fostering.safeguarding.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The SSW's advice to the carer, and whether (and how) the carer may talk with the child. */
@Embeddable
record Advice(
        @Column(name = "advice") String text,
        @Column(name = "may_talk_with_child") Boolean mayTalkWithChild,
        @Column(name = "talk_guidance") String talkGuidance,
        @Column(name = "advised_by") String by,
        @Column(name = "advised_at") Instant at) {
}
