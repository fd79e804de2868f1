package uk.fostering.safeguarding.registryadmin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.reallocation.KeepOn;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.registryadmin.LoginLinks.Issued;
import uk.fostering.safeguarding.registryadmin.LoginLinks.Purpose;
import uk.fostering.safeguarding.registryadmin.RegistryImport.Report;
import uk.fostering.safeguarding.registryadmin.process.Logins;
import uk.fostering.safeguarding.registryadmin.process.Logins.Profile;
import uk.fostering.safeguarding.security.process.Identities;
import uk.fostering.safeguarding.security.process.Identities.Person;

/**
 * One record of the registry added, changed or ended, by the managers' pages and the JSON API alike: the record by
 * the import's rules, and for a carer or a member of staff their login in the same transaction (created, or the one
 * that exists linked, in their role's group) with an invitation to set their own password when it is new. The
 * login's fields ({@code first_name}, {@code last_name}, {@code email}) travel beside the record's columns.
 */
@Service
public class RegistryRecords {

    static final List<String> LOGIN_FIELDS = List.of("first_name", "last_name", "email");
    static final String AUDIT_ACCESS_ENDS = "ACCESS_ENDS";

    private static final Map<String, String> GROUP_OF_ROLE = Map.of(
            StaffRole.SSW.name(), Roles.SSWS,
            StaffRole.SOCIAL_WORKER.name(), Roles.SOCIAL_WORKERS,
            StaffRole.MANAGER.name(), Roles.MANAGERS,
            StaffRole.REGISTERED_MANAGER.name(), Roles.MANAGERS,
            StaffRole.EMERGENCY_DUTY.name(), Roles.EMERGENCY_DUTY_TEAM,
            StaffRole.RETURN_INTERVIEWER.name(), Roles.RETURN_INTERVIEWERS);

    /** What a save did: the report, and the invitation to email once the transaction has committed. */
    public record Saved(Report report, Optional<Issued> invitation) {
    }

    private final RegistryImport registry;
    private final Logins logins;
    private final Identities identities;
    private final LoginLinks links;
    private final Audit audit;
    private final RegistryStore store;

    RegistryRecords(RegistryImport registry, Logins logins, Identities identities, LoginLinks links, Audit audit,
            RegistryStore store) {
        this.store = store;
        this.registry = registry;
        this.logins = logins;
        this.identities = identities;
        this.links = links;
        this.audit = audit;
    }

    @Transactional
    public Saved save(ImportFile file, Map<String, String> values, String actor) {
        return save(file, values, actor, Optional.empty());
    }

    /** The same; {@code keepOn}: the carers whose placement this change ends keep seeing the child's open concerns. */
    @Transactional
    public Saved save(ImportFile file, Map<String, String> values, String actor, Optional<KeepOn> keepOn) {
        boolean person = file == ImportFile.STAFF || file == ImportFile.CARERS;
        Map<String, String> record = new HashMap<>(values);
        Map<String, String> login = new HashMap<>();
        if (person) {
            LOGIN_FIELDS.forEach(field -> login.put(field, blankAsNull(record.remove(field))));
        }
        String userId = blankAsNull(record.get("user_id"));
        List<ImportProblem> loginProblems = person && userId != null ? loginProblems(file, userId, login)
                : List.of();
        Report report = registry.record(file, record, actor, !loginProblems.isEmpty(), keepOn);
        if (!loginProblems.isEmpty()) {
            List<ImportProblem> all = new ArrayList<>(report.problems());
            all.addAll(loginProblems);
            return new Saved(new Report(false, false, List.copyOf(all), report.changes()), Optional.empty());
        }
        if (!report.imported() || !person) {
            return new Saved(report, Optional.empty());
        }
        String group = file == ImportFile.CARERS ? Roles.CARERS : GROUP_OF_ROLE.get(record.get("role").trim()
                .toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
        boolean created = logins.link(userId, group, new Profile(login.get("first_name"), login.get("last_name"),
                login.get("email")));
        endOfAccess(file, record, report, userId, actor);
        return new Saved(report, created ? Optional.of(links.issue(userId, Purpose.INVITATION, actor))
                : Optional.empty());
    }

    /**
     * Ends a household: each of its approved carers deregistered on the day, by the carers' own rules, all or none.
     *
     * @return the problems (of the carers' fields); nothing was changed if there are any
     */
    @Transactional
    public List<ImportProblem> endHousehold(String householdId, String on, String actor) {
        List<Map<String, String>> carers = store.load().carers.values().stream()
                .filter(carer -> carer.householdId().equals(householdId) && carer.approvedTo() == null)
                .map(RecordColumns::of).toList();
        if (carers.isEmpty()) {
            return List.of(problem(ImportFile.CARERS, "approved_to", "cannot be set: the household has no approved "
                    + "carers"));
        }
        for (Map<String, String> carer : carers) {
            Map<String, String> ended = new HashMap<>(carer);
            ended.put("approved_to", on);
            Report report = save(ImportFile.CARERS, ended, actor).report();
            if (!report.imported()) {
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return report.problems();
            }
        }
        return List.of();
    }

    /** Sends a saved record's invitation, if it has one; after {@link #save} has committed. */
    public boolean invite(Saved saved) {
        return saved.invitation().map(issued -> identities.person(issued.userId()).map(Person::email)
                .map(address -> links.send(issued, address)).orElse(false)).orElse(false);
    }

    /** A login's fields: a new login needs a name and an address; an administrator's login takes no role. */
    private List<ImportProblem> loginProblems(ImportFile file, String userId, Map<String, String> login) {
        List<ImportProblem> problems = new ArrayList<>();
        Optional<Person> existing = identities.person(userId);
        String email = login.get("email");
        if (email != null && (email.length() > 254 || !ImportCheck.EMAIL.matcher(email).matches())) {
            problems.add(problem(file, "email", "must be an email address, such as name@example.org"));
        } else if (email != null && logins.withEmail(email).stream().anyMatch(other -> !other.equals(userId))) {
            problems.add(problem(file, "email", "is the address of another login: each person needs their own"));
        }
        for (String name : List.of("first_name", "last_name")) {
            if (login.get(name) != null && login.get(name).length() > 100) {
                problems.add(problem(file, name, "is longer than 100 characters"));
            }
        }
        if (existing.isEmpty()) {
            LOGIN_FIELDS.stream().filter(field -> login.get(field) == null).forEach(field -> problems.add(
                    problem(file, field, "must not be empty: a new person's login needs their name and email address "
                            + "(their invitation goes there)")));
        } else if (existing.get().groups().contains(Roles.ADMINS)) {
            problems.add(problem(file, "user_id", "is an administrator's login: an administrator holds no role that "
                    + "sees concerns, so this person needs a login of their own"));
        }
        return problems;
    }

    /** Ending a carer's approval or a member of staff's employment ends their access on that day: audited now. */
    private void endOfAccess(ImportFile file, Map<String, String> record, Report report, String userId, String actor) {
        String ends = blankAsNull(record.get(file == ImportFile.CARERS ? "approved_to" : "left_on"));
        if (ends != null && report.changes().getOrDefault(file.part(), 0) > 0) {
            audit.record(actor, AUDIT_ACCESS_ENDS, Audit.personReference(userId), (file == ImportFile.CARERS
                    ? "deregistered" : "leaves") + " on " + ends + ": cannot sign in from that day");
        }
    }

    private static ImportProblem problem(ImportFile file, String column, String message) {
        return new ImportProblem(file.part(), 0, column, message);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
