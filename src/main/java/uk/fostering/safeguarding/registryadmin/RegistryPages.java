package uk.fostering.safeguarding.registryadmin;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.registryadmin.ManagedPart.Field;
import uk.fostering.safeguarding.registryadmin.process.Logins;
import uk.fostering.safeguarding.security.process.Identities;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.web.FormToken;

/**
 * The fostering managers' pages of the registry ({@code /manage}): list, add, change and end households, carers,
 * children, placements, staff and placing authorities. Each form is saved by {@link RegistryRecords}, the JSON API's
 * own path, so the same rules refuse the same things; what they refuse is shown in GOV.UK's error summary under the
 * field's label. Dates are typed as day, month and year.
 */
@Controller
@Hidden
class RegistryPages {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final Map<String, String> KINDS = ordered("LONG_TERM", "Long-term", "SHORT_TERM", "Short-term",
            "EMERGENCY", "Emergency", "RESPITE", "Respite or short break");
    static final Map<String, String> ROLES = ordered("SSW", "Supervising social worker", "SOCIAL_WORKER",
            "Children's social worker", "MANAGER", "Fostering manager",
            "REGISTERED_MANAGER", "Registered manager (one per service)", "EMERGENCY_DUTY", "Emergency duty team",
            "RETURN_INTERVIEWER", "Return interviewer");

    private final CurrentCaller currentCaller;
    private final RegistryStore store;
    private final RegistryRecords records;
    private final Identities identities;
    private final Logins logins;
    private final Clock clock;

    RegistryPages(CurrentCaller currentCaller, RegistryStore store, RegistryRecords records, Identities identities,
            Logins logins, Clock clock) {
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.store = store;
        this.records = records;
        this.identities = identities;
        this.logins = logins;
    }

    /** A choice in a select: the value sent and the words shown. */
    record Option(String value, String text) {
    }

    /** A record as a card: its title, its fields in words, and its key for the change and end links. */
    record Card(String title, String key, List<Option> rows, boolean ended) {
    }

    @GetMapping("/manage")
    String index(Model model) {
        manager();
        RegistryData data = store.load();
        Map<ManagedPart, Integer> counts = new LinkedHashMap<>();
        for (ManagedPart part : ManagedPart.values()) {
            counts.put(part, ImportCheck.recordsOf(data, part.file()).size());
        }
        model.addAttribute("counts", counts);
        return "manage/index";
    }

    @GetMapping("/manage/{part}")
    String list(@PathVariable String part, @RequestParam(required = false) String saved,
            @RequestParam(required = false) String invited, Model model) {
        manager();
        ManagedPart managed = part(part);
        RegistryData data = store.load();
        Map<String, String> names = logins.names();
        List<Card> cards = new ArrayList<>();
        ImportCheck.recordsOf(data, managed.file()).forEach((key, entry) -> {
            Map<String, String> columns = RecordColumns.of(entry);
            boolean ended = managed == ManagedPart.HOUSEHOLDS ? data.carers.values().stream().noneMatch(k ->
                    k.householdId().equals(key) && k.approvedTo() == null)
                    : managed.endField().map(f -> columns.get(f.column()) != null).orElse(false);
            cards.add(new Card(title(managed, columns, names, data), key, rows(managed, columns, names, data), ended));
        });
        model.addAttribute("part", managed);
        model.addAttribute("cards", cards);
        model.addAttribute("saved", saved);
        model.addAttribute("invited", invited);
        return "manage/list";
    }

    @GetMapping("/manage/{part}/add")
    String addForm(@PathVariable String part, Model model, HttpServletRequest request) {
        manager();
        return form(part(part), null, new HashMap<>(), PageProblems.NONE, model, request);
    }

    @GetMapping("/manage/{part}/change")
    String changeForm(@PathVariable String part, @RequestParam String key, Model model, HttpServletRequest request) {
        manager();
        ManagedPart managed = part(part);
        Map<String, String> columns = current(managed, key);
        if (managed.file() == ImportFile.STAFF || managed.file() == ImportFile.CARERS) {
            identities.person(columns.get("user_id")).ifPresent(person -> {
                columns.put("first_name", person.firstName());
                columns.put("last_name", person.lastName());
                columns.put("email", person.email());
            });
        }
        return form(managed, key, answers(managed, columns), PageProblems.NONE, model, request);
    }

    @PostMapping({"/manage/{part}/add", "/manage/{part}/change"})
    String save(@PathVariable String part, @RequestParam(required = false) String key,
            @RequestParam(name = FormToken.FIELD, required = false) String token, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Caller manager = manager();
        requireToken(request, token);
        ManagedPart managed = part(part);
        Map<String, String> answers = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> answers.put(name, values.length == 0 ? null : values[0]));
        Map<String, String> values = new HashMap<>();
        // a change keeps the record's key as stored, whatever the form sends
        Map<String, String> stored = key == null ? Map.of() : current(managed, key);
        PageProblems dateProblems = PageProblems.NONE;
        for (Field field : managed.fields()) {
            if (key != null && field.key()) {
                values.put(field.column(), stored.get(field.column()));
                continue;
            }
            if (field.isDate()) {
                DateParts.Parsed parsed = DateParts.parse(answers, field.column());
                if (parsed.problem() != null && !dateProblems.any()) {
                    dateProblems = PageProblems.of(field, field.label() + " " + parsed.problem());
                }
                values.put(field.column(), parsed.iso());
            } else {
                values.put(field.column(), answers.get(field.column()));
            }
        }
        if (dateProblems.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(managed, key, answers, dateProblems, model, request);
        }
        return saved(managed, key, values, manager, answers, model, request, response);
    }

    @GetMapping("/manage/{part}/end")
    String endForm(@PathVariable String part, @RequestParam String key, Model model, HttpServletRequest request) {
        manager();
        ManagedPart managed = part(part);
        Field end = managed.endField().orElseThrow(() -> new NotFoundException("end of " + part));
        return endPage(managed, key, end, answers(managed, current(managed, key)), PageProblems.NONE, model, request);
    }

    @PostMapping("/manage/{part}/end")
    String end(@PathVariable String part, @RequestParam String key,
            @RequestParam(name = FormToken.FIELD, required = false) String token, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Caller manager = manager();
        requireToken(request, token);
        ManagedPart managed = part(part);
        Field end = managed.endField().orElseThrow(() -> new NotFoundException("end of " + part));
        Map<String, String> values = current(managed, key);
        Map<String, String> answers = new HashMap<>();
        request.getParameterMap().forEach((name, sent) -> answers.put(name, sent.length == 0 ? null : sent[0]));
        DateParts.Parsed parsed = DateParts.parse(answers, end.column());
        PageProblems problems = parsed.problem() != null ? PageProblems.of(end, end.label() + " " + parsed.problem())
                : parsed.iso() == null ? PageProblems.of(end, "Enter the " + end.label().toLowerCase(Locale.UK))
                : PageProblems.NONE;
        if (!problems.any()) {
            List<ImportProblem> refused;
            if (managed == ManagedPart.HOUSEHOLDS) {
                refused = records.endHousehold(key, parsed.iso(), manager.userId());
            } else {
                values.put(end.column(), parsed.iso());
                refused = records.save(managed.file(), values, manager.userId()).report().problems();
            }
            if (refused.isEmpty()) {
                return "redirect:/manage/" + managed.part() + "?saved=" + java.net.URLEncoder.encode(key,
                        java.nio.charset.StandardCharsets.UTF_8);
            }
            problems = PageProblems.of(managed, refused);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return endPage(managed, key, end, answers, problems, model, request);
    }

    private String saved(ManagedPart managed, String key, Map<String, String> values, Caller manager,
            Map<String, String> answers, Model model, HttpServletRequest request, HttpServletResponse response) {
        RegistryRecords.Saved saved = records.save(managed.file(), values, manager.userId());
        if (!saved.report().imported()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(managed, key, answers, PageProblems.of(managed, saved.report().problems()), model, request);
        }
        String invited = saved.invitation().isEmpty() ? "" : records.invite(saved) ? "&invited=sent" : "&invited=failed";
        String savedKey = managed.file() == ImportFile.PLACEMENTS ? String.join("|", values.get("child_id"),
                values.get("household_id"), values.get("kind"), values.get("from")) : values.get(managed.fields().get(0).column());
        return "redirect:/manage/" + managed.part() + "?saved=" + java.net.URLEncoder.encode(String.valueOf(savedKey),
                java.nio.charset.StandardCharsets.UTF_8) + invited;
    }

    private String form(ManagedPart managed, String key, Map<String, String> answers, PageProblems problems, Model model,
            HttpServletRequest request) {
        RegistryData data = store.load();
        Map<String, String> names = logins.names();
        Map<String, List<Option>> options = new HashMap<>();
        for (Field field : managed.fields()) {
            if (field.isChoice()) {
                options.put(field.column(), options(field.column(), data, names, answers.get(field.column())));
            }
        }
        model.addAttribute("part", managed);
        model.addAttribute("key", key);
        model.addAttribute("answers", answers);
        model.addAttribute("options", options);
        model.addAttribute("problems", problems);
        model.addAttribute("formToken", FormToken.of(request));
        if (key != null) {
            Map<String, String> columns = current(managed, key);
            model.addAttribute("keyRows", managed.fields().stream().filter(Field::key)
                    .map(f -> new Option(f.label(), shown(f, columns.get(f.column()), names, data))).toList());
        }
        return "manage/form";
    }

    private String endPage(ManagedPart managed, String key, Field end, Map<String, String> answers,
            PageProblems problems, Model model, HttpServletRequest request) {
        RegistryData data = store.load();
        Map<String, String> columns = current(managed, key);
        Map<String, String> names = logins.names();
        model.addAttribute("part", managed);
        model.addAttribute("key", key);
        model.addAttribute("end", end);
        model.addAttribute("title", title(managed, columns, names, data));
        model.addAttribute("answers", answers);
        model.addAttribute("problems", problems);
        model.addAttribute("formToken", FormToken.of(request));
        return "manage/end";
    }

    /** The record's columns as stored; a key that names nothing is not found. */
    private Map<String, String> current(ManagedPart managed, String key) {
        Object entry = ImportCheck.recordsOf(store.load(), managed.file()).get(key);
        if (entry == null) {
            throw new NotFoundException(managed.one());
        }
        return new HashMap<>(RecordColumns.of(entry));
    }

    /** A record's columns as the form's inputs: a date as its day, month and year. */
    private static Map<String, String> answers(ManagedPart managed, Map<String, String> columns) {
        Map<String, String> answers = new HashMap<>();
        for (Field field : managed.fields()) {
            String value = columns.get(field.column());
            if (field.isDate() && value != null) {
                LocalDate day = LocalDate.parse(value);
                answers.put(field.column() + "-day", Integer.toString(day.getDayOfMonth()));
                answers.put(field.column() + "-month", Integer.toString(day.getMonthValue()));
                answers.put(field.column() + "-year", Integer.toString(day.getYear()));
            } else {
                answers.put(field.column(), value);
            }
        }
        return answers;
    }

    private List<Option> options(String column, RegistryData data, Map<String, String> names, String current) {
        LocalDate today = LocalDate.now(clock);
        List<Option> options = new ArrayList<>();
        switch (column) {
            case "kind" -> KINDS.forEach((value, text) -> options.add(new Option(value, text)));
            case "role" -> ROLES.forEach((value, text) -> options.add(new Option(value, text)));
            case "local_authority" -> data.authorities.values().forEach(a -> options.add(new Option(a.code(), a.name())));
            case "household_id", "child_id" -> (column.equals("child_id") ? data.children : data.households).values()
                    .forEach(entry -> {
                        Map<String, String> c = RecordColumns.of(entry);
                        options.add(new Option(c.get(column), column.equals("child_id")
                                ? c.get("first_name") + " " + c.get("last_name") + " (" + c.get(column) + ")"
                                : c.get("name") + " (" + c.get(column) + ")"));
                    });
            default -> {
                String role = column.equals("ssw_id") ? "SSW" : column.equals("social_worker_id") ? "SOCIAL_WORKER" : null;
                data.staff.values().stream()
                        .filter(s -> role == null || role.equals(s.role()))
                        .filter(s -> s.leftOn() == null || s.leftOn().isAfter(today))
                        .forEach(s -> options.add(new Option(s.userId(), person(s.userId(), names))));
            }
        }
        if (current != null && options.stream().noneMatch(o -> o.value().equals(current))) {
            options.add(new Option(current, current));
        }
        return options;
    }

    private static String person(String userId, Map<String, String> names) {
        String name = names.get(userId);
        return name == null || name.isBlank() ? userId : name + " (" + userId + ")";
    }

    private static String title(ManagedPart managed, Map<String, String> c, Map<String, String> names, RegistryData data) {
        return switch (managed.file()) {
            case HOUSEHOLDS -> c.get("name") + " (" + c.get("household_id") + ")";
            case CARERS, STAFF -> person(c.get("user_id"), names);
            case CHILDREN -> c.get("first_name") + " " + c.get("last_name") + " (" + c.get("child_id") + ")";
            case PLACEMENTS -> Optional.ofNullable(data.children.get(c.get("child_id")))
                    .map(child -> child.firstName() + " " + child.lastName()).orElse(c.get("child_id"))
                    + " with " + Optional.ofNullable(data.households.get(c.get("household_id"))).map(h -> h.name())
                    .orElse(c.get("household_id"));
            case AUTHORITIES -> c.get("name") + " (" + c.get("code") + ")";
        };
    }

    private static List<Option> rows(ManagedPart managed, Map<String, String> columns, Map<String, String> names,
            RegistryData data) {
        List<Option> rows = new ArrayList<>();
        for (Field field : managed.fields()) {
            if (!managed.isLoginField(field.column()) && !field.column().equals("first_name")
                    && !field.column().equals("last_name")) {
                rows.add(new Option(field.label(), shown(field, columns.get(field.column()), names, data)));
            }
        }
        if (managed.file() == ImportFile.HOUSEHOLDS) {
            List<String> carers = data.carers.values().stream()
                    .filter(k -> k.householdId().equals(columns.get("household_id")) && k.approvedTo() == null)
                    .map(k -> person(k.userId(), names)).toList();
            rows.add(new Option("Foster carers", carers.isEmpty() ? "None yet" : String.join(", ", carers)));
        }
        return rows;
    }

    /** A value in words: dates the UK way, kinds and roles by name, people by name; empty as "None". */
    private static String shown(Field field, String value, Map<String, String> names, RegistryData data) {
        if (value == null) {
            return field.column().equals("from") || field.column().equals("approved_from") ? "Not recorded" : "None";
        }
        if (field.isDate()) {
            return UK_DATE.format(LocalDate.parse(value));
        }
        return switch (field.column()) {
            case "kind" -> KINDS.getOrDefault(value, value);
            case "role" -> ROLES.getOrDefault(value, value);
            case "ssw_id", "social_worker_id", "manager_id" -> person(value, names);
            case "household_id" -> Optional.ofNullable(data.households.get(value)).map(h -> h.name() + " (" + value + ")")
                    .orElse(value);
            default -> value;
        };
    }

    private Caller manager() {
        Caller caller = currentCaller.current().orElseThrow(NotSignedIn::new);
        if (!caller.hasRole(Roles.MANAGERS)) {
            throw new NotAManager();
        }
        return caller;
    }

    private static ManagedPart part(String part) {
        return ManagedPart.named(part).orElseThrow(() -> new NotFoundException("registry part"));
    }

    private static void requireToken(HttpServletRequest request, String token) {
        if (!FormToken.matches(request, token)) {
            throw new StaleForm();
        }
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @ExceptionHandler(NotSignedIn.class)
    String signIn() {
        return "manage/sign-in";
    }

    @ExceptionHandler(NotAManager.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAManager() {
        return "manage/forbidden";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "manage/not-found";
    }

    @ExceptionHandler(StaleForm.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String staleForm() {
        return "manage/out-of-date";
    }

    static final class NotSignedIn extends RuntimeException {
        NotSignedIn() {
            super("not signed in", null, false, false);
        }
    }

    static final class NotAManager extends RuntimeException {
        NotAManager() {
            super("not a fostering manager", null, false, false);
        }
    }

    static final class StaleForm extends RuntimeException {
        StaleForm() {
            super("form token missing or wrong", null, false, false);
        }
    }
}
