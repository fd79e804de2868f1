package uk.fostering.safeguarding.registryadmin;

import java.util.Arrays;
import java.util.List;

/** What a member of staff does, as the registry records it (column {@code staff_member.role}). */
enum StaffRole {
    SSW, SOCIAL_WORKER, MANAGER, EMERGENCY_DUTY, RETURN_INTERVIEWER;

    static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
