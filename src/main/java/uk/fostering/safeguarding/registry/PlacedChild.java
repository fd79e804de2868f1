package uk.fostering.safeguarding.registry;

/** A child placed with a carer as the carer's own pages show them: by name, never beyond the service's pages. */
public record PlacedChild(String id, String firstName, String lastName, int age) {
}
