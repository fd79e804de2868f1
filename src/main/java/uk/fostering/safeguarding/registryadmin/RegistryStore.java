package uk.fostering.safeguarding.registryadmin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.fostering.safeguarding.registry.ServiceRoles;
import uk.fostering.safeguarding.registryadmin.Entries.Authority;
import uk.fostering.safeguarding.registryadmin.Entries.Carer;
import uk.fostering.safeguarding.registryadmin.Entries.Child;
import uk.fostering.safeguarding.registryadmin.Entries.Household;
import uk.fostering.safeguarding.registryadmin.Entries.Placement;
import uk.fostering.safeguarding.registryadmin.Entries.Staff;
import uk.fostering.safeguarding.registryadmin.ImportCheck.Change;

/** Reads the whole registry into memory and writes an import's changes to its tables (V13). */
@Repository
class RegistryStore {

    private final JdbcTemplate jdbc;

    RegistryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    RegistryData load() {
        RegistryData data = new RegistryData();
        jdbc.query("select code, name, out_of_hours_email, out_of_hours_phone, lado_email, lado_phone "
                + "from local_authority", (ResultSet r) -> {
                    data.authorities.put(r.getString(1), new Authority(r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6)));
                });
        jdbc.query("select user_id, team, role, manager_id, left_on from staff_member", (ResultSet r) -> {
            data.staff.put(r.getString(1), new Staff(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                    date(r, 5)));
        });
        jdbc.query("select h.id, h.name, s.ssw_id, s.from_date from household h left join household_ssw s "
                + "on s.household_id = h.id and s.to_date is null order by s.id", (ResultSet r) -> {
                    data.households.put(r.getString(1), new Household(r.getString(1), r.getString(2), r.getString(3),
                            date(r, 4)));
                });
        jdbc.query("select user_id, household_id, approved_from, approved_to from carer", (ResultSet r) -> {
            data.carers.put(r.getString(1), new Carer(r.getString(1), r.getString(2), date(r, 3), date(r, 4)));
        });
        jdbc.query("select c.id, c.first_name, c.last_name, c.date_of_birth, c.local_authority_code, "
                + "w.social_worker_id, w.from_date from child c left join child_social_worker w on w.child_id = c.id "
                + "and w.to_date is null order by w.id", (ResultSet r) -> {
                    data.children.put(r.getString(1), new Child(r.getString(1), r.getString(2), r.getString(3),
                            date(r, 4), r.getString(5), r.getString(6), date(r, 7)));
                });
        jdbc.query("select child_id, household_id, kind, from_date, to_date from placement", (ResultSet r) -> {
            Placement p = new Placement(r.getString(1), r.getString(2), r.getString(3), date(r, 4), date(r, 5));
            data.placements.put(p.key(), p);
        });
        return data;
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    /** Writes the changes, files in order; runs in the caller's transaction, so all or nothing. */
    void apply(ImportCheck.Result result, LocalDate today) {
        for (ImportFile file : ImportFile.values()) {
            for (Change<?> change : result.changes().getOrDefault(file, List.of())) {
                write(change, today);
            }
        }
    }

    /**
     * Keeps the service's one registered manager (table {@code service_role}) in step with the staff row: a row with
     * that role takes it over; the holder's row with another role, or a leaving day that has come, gives it up.
     */
    private void registeredManager(Staff s, LocalDate today) {
        if (StaffRole.registeredManagerOn(s, today)) {
            jdbc.update("delete from service_role where role = ?", ServiceRoles.REGISTERED_MANAGER);
            jdbc.update("insert into service_role (role, user_id) values (?, ?)", ServiceRoles.REGISTERED_MANAGER,
                    s.userId());
        } else {
            jdbc.update("delete from service_role where role = ? and user_id = ?", ServiceRoles.REGISTERED_MANAGER,
                    s.userId());
        }
    }

    private void write(Change<?> change, LocalDate today) {
        Object after = change.after();
        boolean fresh = change.before() == null;
        if (after instanceof Authority a) {
            jdbc.update(fresh ? "insert into local_authority (name, out_of_hours_email, out_of_hours_phone, lado_email, "
                    + "lado_phone, code) values (?, ?, ?, ?, ?, ?)"
                    : "update local_authority set name = ?, out_of_hours_email = ?, out_of_hours_phone = ?, "
                    + "lado_email = ?, lado_phone = ? where code = ?", a.name(), a.outOfHoursEmail(),
                    a.outOfHoursPhone(), a.ladoEmail(), a.ladoPhone(), a.code());
        } else if (after instanceof Staff s) {
            jdbc.update(fresh ? "insert into staff_member (team, role, manager_id, left_on, user_id) values (?, ?, ?, ?, ?)"
                    : "update staff_member set team = ?, role = ?, manager_id = ?, left_on = ? where user_id = ?",
                    s.team(), s.role(), s.managerId(), s.leftOn(), s.userId());
            registeredManager(s, today);
        } else if (after instanceof Household h) {
            jdbc.update(fresh ? "insert into household (name, id) values (?, ?)" : "update household set name = ? where id = ?",
                    h.name(), h.id());
            Household before = (Household) change.before();
            allocate("household_ssw", "household_id", "ssw_id", h.id(), before == null ? null : before.sswId(),
                    h.sswId(), h.sswFrom(), today);
        } else if (after instanceof Carer c) {
            jdbc.update(fresh ? "insert into carer (household_id, approved_from, approved_to, user_id) values (?, ?, ?, ?)"
                    : "update carer set household_id = ?, approved_from = ?, approved_to = ? where user_id = ?",
                    c.householdId(), c.approvedFrom(), c.approvedTo(), c.userId());
        } else if (after instanceof Child c) {
            jdbc.update(fresh ? "insert into child (first_name, last_name, date_of_birth, local_authority_code, id) "
                    + "values (?, ?, ?, ?, ?)" : "update child set first_name = ?, last_name = ?, date_of_birth = ?, "
                    + "local_authority_code = ? where id = ?", c.firstName(), c.lastName(), c.dateOfBirth(),
                    c.authority(), c.id());
            Child before = (Child) change.before();
            allocate("child_social_worker", "child_id", "social_worker_id", c.id(),
                    before == null ? null : before.socialWorkerId(), c.socialWorkerId(), c.socialWorkerFrom(), today);
        } else if (after instanceof Placement p) {
            if (fresh) {
                jdbc.update("insert into placement (child_id, household_id, kind, from_date, to_date) values (?, ?, ?, ?, ?)",
                        p.childId(), p.householdId(), p.kind(), p.from(), p.to());
            } else {
                jdbc.update("update placement set to_date = ? where child_id = ? and household_id = ? and kind = ? "
                        + "and from_date = ?", p.to(), p.childId(), p.householdId(), p.kind(), p.from());
            }
        }
    }

    /**
     * A household's SSW or a child's social worker: a new person ends the current allocation on the day the new one
     * starts (from, or today when the file gives no date) and keeps it as history; the same person with a from date
     * corrects when the current allocation began.
     */
    private void allocate(String table, String owner, String person, String ownerId, String before, String after,
            LocalDate from, LocalDate today) {
        if (Objects.equals(before, after)) {
            if (from != null) {
                jdbc.update("update " + table + " set from_date = ? where " + owner + " = ? and to_date is null", from,
                        ownerId);
            }
            return;
        }
        LocalDate starts = from == null ? today : from;
        jdbc.update("update " + table + " set to_date = ? where " + owner + " = ? and to_date is null", starts, ownerId);
        jdbc.update("insert into " + table + " (" + owner + ", " + person + ", from_date) values (?, ?, ?)", ownerId,
                after, starts);
    }
}
