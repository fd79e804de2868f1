package uk.fostering.safeguarding.registryadmin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import uk.fostering.safeguarding.registryadmin.Entries.Authority;
import uk.fostering.safeguarding.registryadmin.Entries.Carer;
import uk.fostering.safeguarding.registryadmin.Entries.Child;
import uk.fostering.safeguarding.registryadmin.Entries.Household;
import uk.fostering.safeguarding.registryadmin.Entries.Placement;
import uk.fostering.safeguarding.registryadmin.Entries.Staff;

/**
 * The rules of the registry applied to an import's rows, without a database: every row is read into a record and
 * checked against the registry as it stands plus every other row of the import, and every problem is listed with
 * its file, line and column. A row equal to what the registry holds is no change, so the same files imported
 * twice change nothing the second time.
 */
final class ImportCheck {

    /** Camunda's default pattern for user ids (the service keeps it): letters and digits. */
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
    private static final Pattern HOUSEHOLD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,79}");
    private static final Pattern CHILD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,15}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{3,40}");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final List<String> KINDS = List.of("LONG_TERM", "SHORT_TERM", "EMERGENCY", "RESPITE");
    private static final int MAX_CARERS_PER_HOUSEHOLD = 2;

    /** What the import would do: each record that is new or changes, with what it was (null when new). */
    record Change<T>(T before, T after) {
    }

    record Result(List<ImportProblem> problems, Map<ImportFile, List<Change<?>>> changes) {

        int count(ImportFile file) {
            return changes.getOrDefault(file, List.of()).size();
        }
    }

    private final RegistryData registry;
    private final RegistryData after;
    private final LocalDate today;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<ImportFile, List<Change<?>>> changes = new HashMap<>();

    private ImportFile file;
    private ImportRow row;

    private ImportCheck(RegistryData registry, LocalDate today) {
        this.registry = registry;
        this.after = registry.copy();
        this.today = today;
    }

    /** Checks the rows of each file, in the files' order, against the registry and each other. */
    static Result check(RegistryData registry, Map<ImportFile, List<ImportRow>> files, LocalDate today) {
        ImportCheck check = new ImportCheck(registry, today);
        // first every record as the import would leave it, so that rows may name records of later rows and files
        for (ImportFile file : ImportFile.values()) {
            check.read(file, files.getOrDefault(file, List.of()));
        }
        // then the rules across records
        for (ImportFile file : ImportFile.values()) {
            check.rules(file, files.getOrDefault(file, List.of()));
        }
        return new Result(List.copyOf(check.problems), check.changes);
    }

    // ---- reading each row into a record ----

    private final Map<ImportFile, Map<Integer, Object>> readRows = new HashMap<>();

    private void read(ImportFile file, List<ImportRow> rows) {
        this.file = file;
        Map<String, Integer> seen = new HashMap<>();
        Map<Integer, Object> records = new HashMap<>();
        for (ImportRow current : rows) {
            this.row = current;
            int before = problems.size();
            file.required().forEach(column -> {
                if (row.get(column) == null) {
                    problem(column, "must not be empty");
                }
            });
            Object record = switch (file) {
                case AUTHORITIES -> authority();
                case STAFF -> staff();
                case HOUSEHOLDS -> household();
                case CARERS -> carer();
                case CHILDREN -> child();
                case PLACEMENTS -> placement();
            };
            if (problems.size() > before || record == null) {
                continue;
            }
            String key = keyOf(record);
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problem(file.columns().get(0), "repeats line " + first + " (the same " + describe(file) + ")");
                continue;
            }
            records.put(row.line(), record);
            put(record);
        }
        readRows.put(file, records);
    }

    private static String describe(ImportFile file) {
        return file == ImportFile.PLACEMENTS ? "child, household, kind and from date" : file.columns().get(0);
    }

    private Authority authority() {
        String code = matching("code", CODE, "letters, digits and hyphens, at most 32");
        String name = text("name", 100);
        String oohEmail = matching("out_of_hours_email", EMAIL, "an email address");
        String oohPhone = matching("out_of_hours_phone", PHONE, "a phone number");
        String ladoEmail = matching("lado_email", EMAIL, "an email address");
        String ladoPhone = matching("lado_phone", PHONE, "a phone number");
        return code == null ? null : new Authority(code, name, oohEmail, oohPhone, ladoEmail, ladoPhone);
    }

    private Staff staff() {
        String userId = matching("user_id", USER_ID, "a user id of letters and digits, at most 64");
        String team = text("team", 64);
        String role = oneOf("role", StaffRole.names());
        String manager = matching("manager_id", USER_ID, "a user id of letters and digits, at most 64");
        LocalDate leftOn = date("left_on");
        if (userId != null && userId.equals(manager)) {
            problem("manager_id", "is the person themselves: a line manager is someone else");
        }
        return userId == null ? null : new Staff(userId, team, role, manager, leftOn);
    }

    private Household household() {
        String id = matching("household_id", HOUSEHOLD_ID, "letters, digits and hyphens, at most 80");
        String name = text("name", 100);
        String ssw = matching("ssw_id", USER_ID, "a user id of letters and digits, at most 64");
        LocalDate sswFrom = date("ssw_from");
        return id == null ? null : new Household(id, name, ssw, sswFrom);
    }

    private Carer carer() {
        String userId = matching("user_id", USER_ID, "a user id of letters and digits, at most 64");
        String household = matching("household_id", HOUSEHOLD_ID, "letters, digits and hyphens, at most 80");
        LocalDate from = date("approved_from");
        LocalDate to = date("approved_to");
        if (from != null && from.isAfter(today)) {
            problem("approved_from", "is in the future: import carers once they are approved");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problem("approved_to", "is before approved_from");
        }
        return userId == null ? null : new Carer(userId, household, from, to);
    }

    private Child child() {
        String id = matching("child_id", CHILD_ID, "letters, digits and hyphens, at most 16");
        String first = text("first_name", 100);
        String last = text("last_name", 100);
        LocalDate born = date("date_of_birth");
        String authority = matching("local_authority", CODE, "an authority's code");
        String socialWorker = matching("social_worker_id", USER_ID, "a user id of letters and digits, at most 64");
        LocalDate socialWorkerFrom = date("social_worker_from");
        if (born != null && born.isAfter(today)) {
            problem("date_of_birth", "is in the future");
        }
        if (born != null && socialWorkerFrom != null && socialWorkerFrom.isBefore(born)) {
            problem("social_worker_from", "is before the child's date of birth");
        }
        return id == null ? null : new Child(id, first, last, born, authority, socialWorker, socialWorkerFrom);
    }

    private Placement placement() {
        String child = matching("child_id", CHILD_ID, "letters, digits and hyphens, at most 16");
        String household = matching("household_id", HOUSEHOLD_ID, "letters, digits and hyphens, at most 80");
        String kind = row.get("kind") == null ? null : row.get("kind").toUpperCase(Locale.ROOT).replace(' ', '_')
                .replace("SHORT_BREAK", "RESPITE");
        if (kind != null && !KINDS.contains(kind)) {
            problem("kind", "must be one of long_term, short_term, emergency, respite (or short break)");
            kind = null;
        }
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            problem("to", "is before from");
        }
        return child == null || household == null || kind == null || from == null ? null
                : new Placement(child, household, kind, from, to);
    }

    private static String keyOf(Object record) {
        if (record instanceof Authority a) {
            return a.code();
        } else if (record instanceof Staff s) {
            return s.userId();
        } else if (record instanceof Household h) {
            return h.id();
        } else if (record instanceof Carer c) {
            return c.userId();
        } else if (record instanceof Child c) {
            return c.id();
        }
        return ((Placement) record).key();
    }

    static Map<String, ?> recordsOf(RegistryData data, ImportFile file) {
        return switch (file) {
            case AUTHORITIES -> data.authorities;
            case STAFF -> data.staff;
            case HOUSEHOLDS -> data.households;
            case CARERS -> data.carers;
            case CHILDREN -> data.children;
            case PLACEMENTS -> data.placements;
        };
    }

    /** The record as the import leaves it. */
    @SuppressWarnings("unchecked")
    private void put(Object record) {
        ((Map<String, Object>) recordsOf(after, file)).put(keyOf(record), record);
    }

    // ---- the rules across records ----

    private void rules(ImportFile file, List<ImportRow> rows) {
        this.file = file;
        Map<Integer, Object> records = readRows.getOrDefault(file, Map.of());
        for (ImportRow current : rows) {
            Object record = records.get(current.line());
            if (record == null) {
                continue;
            }
            this.row = current;
            int before = problems.size();
            if (record instanceof Staff s) {
                staffRules(s);
            } else if (record instanceof Household h) {
                householdRules(h);
            } else if (record instanceof Carer c) {
                carerRules(c);
            } else if (record instanceof Child c) {
                childRules(c);
            } else if (record instanceof Placement p) {
                placementRules(p);
            }
            if (problems.size() == before) {
                change(record);
            }
        }
    }

    private void staffRules(Staff s) {
        if (s.managerId() != null && !after.staff.containsKey(s.managerId())) {
            problem("manager_id", "is not a member of staff in the registry or in staff");
        }
        if (after.carers.containsKey(s.userId())) {
            problem("user_id", "is a foster carer: staff and carers need logins of their own");
        }
        if (StaffRole.registeredManagerOn(s, today)) {
            List<String> others = after.staff.values().stream().filter(other -> !other.userId().equals(s.userId())
                    && StaffRole.registeredManagerOn(other, today)).map(Staff::userId).sorted().toList();
            if (!others.isEmpty()) {
                problem("role", "a service has one registered manager, and " + String.join(", ", others)
                        + " is it: change their role in the same step");
            }
        }
    }

    private void householdRules(Household h) {
        Staff ssw = after.staff.get(h.sswId());
        if (ssw == null || !StaffRole.SSW.name().equals(ssw.role())) {
            problem("ssw_id", "is not a supervising social worker (role SSW) in the registry or in staff");
        } else if (ssw.leftOn() != null && !ssw.leftOn().isAfter(today)) {
            problem("ssw_id", "has left the service (left_on " + ssw.leftOn() + ")");
        }
    }

    private void carerRules(Carer c) {
        Carer registered = registry.carers.get(c.userId());
        if (registered != null && !registered.householdId().equals(c.householdId())) {
            problem("household_id", "differs from the carer's household " + registered.householdId()
                    + ": a carer belongs to one household");
        }
        if (!after.households.containsKey(c.householdId())) {
            problem("household_id", "is not a household in the registry or in households");
        }
        if (after.staff.containsKey(c.userId())) {
            problem("user_id", "is a member of staff: staff and carers need logins of their own");
        }
        long approvedInHousehold = after.carers.values().stream()
                .filter(other -> other.householdId().equals(c.householdId()) && approvedOn(other, today)).count();
        if (approvedOn(c, today) && approvedInHousehold > MAX_CARERS_PER_HOUSEHOLD) {
            problem("household_id", "would have " + approvedInHousehold + " approved carers: a household has one or two");
        }
    }

    private static boolean approvedOn(Carer carer, LocalDate day) {
        return (carer.approvedFrom() == null || !carer.approvedFrom().isAfter(day))
                && (carer.approvedTo() == null || carer.approvedTo().isAfter(day));
    }

    private void childRules(Child c) {
        if (!after.authorities.containsKey(c.authority())) {
            problem("local_authority", "is not a local authority in the registry or in authorities");
        }
        Staff worker = after.staff.get(c.socialWorkerId());
        if (worker == null || !StaffRole.SOCIAL_WORKER.name().equals(worker.role())) {
            problem("social_worker_id", "is not a children's social worker (role SOCIAL_WORKER) in the registry or in staff");
        }
    }

    private void placementRules(Placement p) {
        Child child = after.children.get(p.childId());
        if (child == null) {
            problem("child_id", "is not a child in the registry or in children");
        } else if (p.from().isBefore(child.dateOfBirth())) {
            problem("from", "is before the child's date of birth (" + child.dateOfBirth() + ")");
        }
        if (!after.households.containsKey(p.householdId())) {
            problem("household_id", "is not a household in the registry or in households");
        }
        if (p.main()) {
            after.placementsOf(p.childId()).stream()
                    .filter(other -> other.main() && !other.key().equals(p.key()) && other.overlaps(p))
                    .findFirst()
                    .ifPresent(other -> problem("from", "overlaps the child's "
                            + (other.to() == null ? "current " : "") + "main placement with " + other.householdId()
                            + (other.from() == null ? " (since before dates were kept)" : " from " + other.from())
                            + ": a child has one main placement at a time (respite may be beside it)"));
        }
    }

    /** Records what differs from the registry: nothing for a row equal to what is stored. */
    private void change(Object record) {
        Object before = recordsOf(registry, file).get(keyOf(record));
        if (!same(before, record)) {
            changes.computeIfAbsent(file, f -> new ArrayList<>()).add(new Change<>(before, record));
        }
    }

    /** Equal, except that an SSW's or social worker's from date left empty keeps the one recorded. */
    private static boolean same(Object before, Object after) {
        if (before instanceof Household b && after instanceof Household a && a.sswFrom() == null) {
            return Objects.equals(b.name(), a.name()) && Objects.equals(b.sswId(), a.sswId());
        }
        if (before instanceof Child b && after instanceof Child a && a.socialWorkerFrom() == null) {
            return Objects.equals(b, new Child(a.id(), a.firstName(), a.lastName(), a.dateOfBirth(), a.authority(),
                    a.socialWorkerId(), b.socialWorkerFrom()));
        }
        if (before instanceof Household b && after instanceof Household a && Objects.equals(b.sswId(), a.sswId())) {
            // the same SSW: a from date that differs is a correction of when they took the household on
            return Objects.equals(b.name(), a.name()) && Objects.equals(b.sswFrom(), a.sswFrom());
        }
        return Objects.equals(before, after);
    }

    // ---- values ----

    private String text(String column, int max) {
        String value = row.get(column);
        if (value != null && value.length() > max) {
            problem(column, "is longer than " + max + " characters");
        }
        return value;
    }

    private String matching(String column, Pattern pattern, String what) {
        String value = row.get(column);
        if (value != null && !pattern.matcher(value).matches()) {
            problem(column, "must be " + what);
            return null;
        }
        return value;
    }

    private String oneOf(String column, List<String> allowed) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT).replace(' ', '_');
        if (!allowed.contains(upper)) {
            problem(column, "must be one of " + String.join(", ", allowed));
            return null;
        }
        return upper;
    }

    /** A date as ISO (2024-05-20) or as a UK spreadsheet shows it (20/05/2024). */
    private LocalDate date(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, UK_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, "must be a date such as 2024-05-20 or 20/05/2024");
            return null;
        }
    }

    private void problem(String column, String message) {
        problems.add(new ImportProblem(file.part(), row.line(), column, message));
    }

    /** The problems of a file's header: every missing column and every column the file does not have. */
    static List<ImportProblem> header(ImportFile file, List<String> header) {
        List<ImportProblem> found = new ArrayList<>();
        Set<String> given = new HashSet<>(header);
        file.columns().stream().filter(column -> !given.contains(column)).forEach(column ->
                found.add(new ImportProblem(file.part(), 1, column, "is missing from the header row")));
        header.stream().filter(column -> !file.columns().contains(column)).forEach(column ->
                found.add(new ImportProblem(file.part(), 1, column, "is not a column of " + file.part()
                        + " (columns: " + String.join(", ", file.columns()) + ")")));
        return found;
    }
}
