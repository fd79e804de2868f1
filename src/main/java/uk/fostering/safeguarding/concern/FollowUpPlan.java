package uk.fostering.safeguarding.concern;

import java.time.Instant;

/**
 * What a decision starts: its follow-up step (none for no further action) and, where the step needs one, the moment
 * it is due (an exploitation risk assessment) or opens (the first review of monitoring).
 */
public record FollowUpPlan(NextStep followUp, Instant assessmentDueAt, Instant reviewAt) {
}
