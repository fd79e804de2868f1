package uk.fostering.safeguarding.registryadmin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The registry's parts as the managers' pages show them: each field's label and hint in plain words, how it is
 * typed, whether it is part of the record's key (fixed once added) and which field ends the record. The columns are
 * the import's ({@link ImportFile}); a carer's and a member of staff's login fields come beside them.
 */
enum ManagedPart {

    HOUSEHOLDS(ImportFile.HOUSEHOLDS, "Households", "household", null, List.of(
            Field.key("household_id", "Household reference", "Letters, digits and hyphens, for example H-0042"),
            Field.text("name", "Name of the household", "For example, the Okafor household"),
            Field.choice("ssw_id", "Supervising social worker", null),
            Field.date("ssw_from", "Supervised by this SSW from", "Leave empty for today. For example, 27 3 2024"))),
    CARERS(ImportFile.CARERS, "Foster carers", "foster carer", "approved_to", List.of(
            Field.key("user_id", "User name", "They sign in with it: letters and digits only, for example amina"),
            Field.text("first_name", "First name", null),
            Field.text("last_name", "Last name", null),
            Field.email("email", "Email address", "Their invitation to set a password goes here. Emails from the "
                    + "service never name a child."),
            Field.choice("household_id", "Household", "A household has one or two approved carers"),
            Field.date("approved_from", "Approved as a foster carer on", "For example, 27 3 2024"),
            Field.date("approved_to", "Deregistered on", "Leave empty while approved. From this day they cannot "
                    + "sign in"))),
    CHILDREN(ImportFile.CHILDREN, "Children", "child", null, List.of(
            Field.key("child_id", "Child reference", "Letters, digits and hyphens, at most 16, for example C-2042"),
            Field.text("first_name", "First name", null),
            Field.text("last_name", "Last name", null),
            Field.date("date_of_birth", "Date of birth", "For example, 27 3 2012"),
            Field.choice("local_authority", "Placing local authority", null),
            Field.choice("social_worker_id", "Child's social worker", null),
            Field.date("social_worker_from", "Social worker from", "Leave empty for today. For example, 27 3 2024"))),
    PLACEMENTS(ImportFile.PLACEMENTS, "Placements", "placement", "to", List.of(
            Field.keyChoice("child_id", "Child"),
            Field.keyChoice("household_id", "Household"),
            Field.keyChoice("kind", "Kind of placement"),
            Field.keyDate("from", "Start date", "For example, 27 3 2024"),
            Field.date("to", "End date", "Leave empty while the child lives there. The day the child leaves"))),
    STAFF(ImportFile.STAFF, "Staff", "member of staff", "left_on", List.of(
            Field.key("user_id", "User name", "They sign in with it: letters and digits only, for example priya"),
            Field.text("first_name", "First name", null),
            Field.text("last_name", "Last name", null),
            Field.email("email", "Email address", "Their invitation to set a password goes here"),
            Field.text("team", "Team", "For example, fostering north"),
            Field.choice("role", "Role", null),
            Field.choice("manager_id", "Line manager", "Their escalations go to this person (optional)"),
            Field.date("left_on", "Leaving date", "The first day they no longer work here. Leave empty while they "
                    + "do. From this day they cannot sign in"))),
    AUTHORITIES(ImportFile.AUTHORITIES, "Placing authorities", "placing authority", null, List.of(
            Field.key("code", "Code", "Letters, digits and hyphens, for example NORTHSHIRE"),
            Field.text("name", "Name", "For example, Northshire County Council"),
            Field.email("out_of_hours_email", "Out-of-hours duty team email (optional)", null),
            Field.text("out_of_hours_phone", "Out-of-hours duty team phone (optional)", null),
            Field.email("lado_email", "Designated officer (LADO) email (optional)", null),
            Field.text("lado_phone", "Designated officer (LADO) phone (optional)", null)));

    /** How a field is typed on the page. */
    enum Kind {
        TEXT, EMAIL, DATE, CHOICE
    }

    /** One field of a part's form. */
    record Field(String column, String label, String hint, Kind kind, boolean key) {

        static Field key(String column, String label, String hint) {
            return new Field(column, label, hint, Kind.TEXT, true);
        }

        static Field keyChoice(String column, String label) {
            return new Field(column, label, null, Kind.CHOICE, true);
        }

        static Field keyDate(String column, String label, String hint) {
            return new Field(column, label, hint, Kind.DATE, true);
        }

        static Field text(String column, String label, String hint) {
            return new Field(column, label, hint, Kind.TEXT, false);
        }

        static Field email(String column, String label, String hint) {
            return new Field(column, label, hint, Kind.EMAIL, false);
        }

        static Field choice(String column, String label, String hint) {
            return new Field(column, label, hint, Kind.CHOICE, false);
        }

        static Field date(String column, String label, String hint) {
            return new Field(column, label, hint, Kind.DATE, false);
        }

        /** The input an error links to: a date's day. */
        public String input() {
            return kind == Kind.DATE ? column + "-day" : column;
        }

        public boolean isDate() {
            return kind == Kind.DATE;
        }

        public boolean isChoice() {
            return kind == Kind.CHOICE;
        }
    }

    private final ImportFile file;
    private final String title;
    private final String one;
    private final String endColumn;
    private final List<Field> fields;

    ManagedPart(ImportFile file, String title, String one, String endColumn, List<Field> fields) {
        this.file = file;
        this.title = title;
        this.one = one;
        this.endColumn = endColumn;
        this.fields = fields;
    }

    ImportFile file() {
        return file;
    }

    public String part() {
        return file.part();
    }

    public String title() {
        return title;
    }

    public String one() {
        return one;
    }

    public List<Field> fields() {
        return fields;
    }

    /**
     * A household ends when its carers are deregistered: every approved carer of it on the same day, which is not a
     * column of the household's own.
     */
    static final Field HOUSEHOLD_END = Field.date("approved_to", "Carers deregistered on", "Every approved carer of "
            + "the household is deregistered on this day and cannot sign in from it. For example, 27 3 2026");

    /** The field that ends a record (a carer's deregistration, a placement's end, a leaving date), if it can end. */
    public Optional<Field> endField() {
        if (this == HOUSEHOLDS) {
            return Optional.of(HOUSEHOLD_END);
        }
        return fields.stream().filter(field -> field.column().equals(endColumn)).findFirst();
    }

    public boolean endable() {
        return endField().isPresent();
    }

    /** The login's fields (staff and carers): kept by Camunda, not the registry. */
    boolean isLoginField(String column) {
        return (file == ImportFile.STAFF || file == ImportFile.CARERS) && RegistryRecords.LOGIN_FIELDS.contains(column);
    }

    Field field(String column) {
        return fields.stream().filter(field -> field.column().equals(column)).findFirst()
                .orElse(endField().filter(end -> end.column().equals(column)).orElse(null));
    }

    static Optional<ManagedPart> named(String part) {
        return Arrays.stream(values()).filter(p -> p.part().equals(part)).findFirst();
    }
}
