package uk.fostering.safeguarding.registryadmin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.fostering.safeguarding.registryadmin.Entries.Authority;
import uk.fostering.safeguarding.registryadmin.Entries.Carer;
import uk.fostering.safeguarding.registryadmin.Entries.Child;
import uk.fostering.safeguarding.registryadmin.Entries.Household;
import uk.fostering.safeguarding.registryadmin.Entries.Placement;
import uk.fostering.safeguarding.registryadmin.Entries.Staff;

/** A stored record as the import's columns (dates ISO, empty as null): what a page shows and a change starts from. */
final class RecordColumns {

    private RecordColumns() {
    }

    static Map<String, String> of(Object entry) {
        Map<String, String> c = new HashMap<>();
        if (entry instanceof Authority a) {
            c.put("code", a.code());
            c.put("name", a.name());
            c.put("out_of_hours_email", a.outOfHoursEmail());
            c.put("out_of_hours_phone", a.outOfHoursPhone());
            c.put("lado_email", a.ladoEmail());
            c.put("lado_phone", a.ladoPhone());
        } else if (entry instanceof Staff s) {
            c.put("user_id", s.userId());
            c.put("team", s.team());
            c.put("role", s.role());
            c.put("manager_id", s.managerId());
            c.put("left_on", iso(s.leftOn()));
        } else if (entry instanceof Household h) {
            c.put("household_id", h.id());
            c.put("name", h.name());
            c.put("ssw_id", h.sswId());
            c.put("ssw_from", iso(h.sswFrom()));
        } else if (entry instanceof Carer k) {
            c.put("user_id", k.userId());
            c.put("household_id", k.householdId());
            c.put("approved_from", iso(k.approvedFrom()));
            c.put("approved_to", iso(k.approvedTo()));
        } else if (entry instanceof Child k) {
            c.put("child_id", k.id());
            c.put("first_name", k.firstName());
            c.put("last_name", k.lastName());
            c.put("date_of_birth", iso(k.dateOfBirth()));
            c.put("local_authority", k.authority());
            c.put("social_worker_id", k.socialWorkerId());
            c.put("social_worker_from", iso(k.socialWorkerFrom()));
        } else if (entry instanceof Placement p) {
            c.put("child_id", p.childId());
            c.put("household_id", p.householdId());
            c.put("kind", p.kind());
            c.put("from", iso(p.from()));
            c.put("to", iso(p.to()));
        }
        return c;
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
