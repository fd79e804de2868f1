package uk.fostering.safeguarding.registryadmin;

import java.time.LocalDate;

/** The registry's records as the import reads, compares and writes them, each with its natural key. */
final class Entries {

    private Entries() {
    }

    record Authority(String code, String name, String outOfHoursEmail, String outOfHoursPhone, String ladoEmail,
            String ladoPhone) {
    }

    /** role: one of {@link StaffRole}; leftOn: the first day no longer employed (null while employed). */
    record Staff(String userId, String team, String role, String managerId, LocalDate leftOn) {
    }

    /** A household with its current SSW (sswFrom: since when; null if not recorded). */
    record Household(String id, String name, String sswId, LocalDate sswFrom) {
    }

    /** approvedTo: the day of deregistration (null while approved). */
    record Carer(String userId, String householdId, LocalDate approvedFrom, LocalDate approvedTo) {
    }

    /** A child with their current social worker (socialWorkerFrom: since when; null if not recorded). */
    record Child(String id, String firstName, String lastName, LocalDate dateOfBirth, String authority,
            String socialWorkerId, LocalDate socialWorkerFrom) {
    }

    /** A placement: natural key child, household, kind and from; to is null while current (exclusive). */
    record Placement(String childId, String householdId, String kind, LocalDate from, LocalDate to) {

        String key() {
            return childId + "|" + householdId + "|" + kind + "|" + from;
        }

        boolean main() {
            return !"RESPITE".equals(kind);
        }

        /** True when the two share a day (a null from: since before dates were kept; a null to: still current). */
        boolean overlaps(Placement other) {
            boolean startsBeforeOtherEnds = other.to == null || from == null || from.isBefore(other.to);
            boolean otherStartsBeforeThisEnds = to == null || other.from == null || other.from.isBefore(to);
            return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
        }
    }
}
