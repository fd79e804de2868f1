package uk.fostering.safeguarding.registry;

/** The people linked to one child: who routing sends each step of a concern to. */
public record Placement(String childId, int childAge, String carerId, String sswId, String socialWorkerId) {
}
