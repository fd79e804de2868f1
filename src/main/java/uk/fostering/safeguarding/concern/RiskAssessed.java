package uk.fostering.safeguarding.concern;

/**
 * Published (a Spring event, in the raise's transaction) when the risk decision has set a new concern's level:
 * the concern is stored and its process running, so features that follow a concern's start can act on it.
 */
public record RiskAssessed(String reference, ConcernCategory category) {
}
