package uk.fostering.safeguarding.registryadmin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What a member of staff does, as the registry records it (column {@code staff_member.role}). The registered
 * manager is a fostering manager who also holds the service's one {@code REGISTERED_MANAGER} role (table
 * {@code service_role}): the top escalation level, the sender of Ofsted's notifications, the LADO referral.
 */
enum StaffRole {
    SSW, SOCIAL_WORKER, MANAGER, REGISTERED_MANAGER, EMERGENCY_DUTY, RETURN_INTERVIEWER;

    /** Holds the service's registered manager role on the day: has that role and has not left. */
    static boolean registeredManagerOn(Entries.Staff staff, LocalDate day) {
        return REGISTERED_MANAGER.name().equals(staff.role()) && (staff.leftOn() == null || staff.leftOn().isAfter(day));
    }

    static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
