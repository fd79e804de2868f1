package uk.fostering.safeguarding.registry;

/** A child placed with a carer's household now (main or respite), as the carer's own pages show them. */
public record PlacedChild(String id, String firstName, String lastName, int age) {
}
