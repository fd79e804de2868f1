package uk.fostering.safeguarding.concern;

/**
 * A concern raised by staff about the carer or someone in their household (an allegation), published in the
 * transaction that stores it. Its steps are already routed away from the household (see {@link RaisingConcerns}).
 */
public record RaisedAboutHousehold(String reference, String childId, String raisedBy) {
}
