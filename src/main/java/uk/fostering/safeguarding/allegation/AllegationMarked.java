package uk.fostering.safeguarding.allegation;

import java.time.Instant;

/**
 * A concern became one about the carer or their household (raised or marked so), published in the same
 * transaction: a notifiable event (a serious complaint or allegation about a carer, Schedule 7) by the person who did.
 */
public record AllegationMarked(String reference, Instant at, String by) {
}
