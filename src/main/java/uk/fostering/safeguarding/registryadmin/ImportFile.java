package uk.fostering.safeguarding.registryadmin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files of an import, in the order they are read and written (each may name what the files before it hold):
 * the part name of the multipart request, the file's columns (header row) and which of them must hold a value.
 * Templates with these headers are in {@code src/main/resources/registry-import/}.
 */
enum ImportFile {

    AUTHORITIES("authorities", List.of("code", "name", "out_of_hours_email", "out_of_hours_phone", "lado_email",
            "lado_phone"), List.of("code", "name")),
    STAFF("staff", List.of("user_id", "team", "role", "manager_id", "left_on"), List.of("user_id", "team", "role")),
    HOUSEHOLDS("households", List.of("household_id", "name", "ssw_id", "ssw_from"),
            List.of("household_id", "name", "ssw_id")),
    CARERS("carers", List.of("user_id", "household_id", "approved_from", "approved_to"),
            List.of("user_id", "household_id", "approved_from")),
    CHILDREN("children", List.of("child_id", "first_name", "last_name", "date_of_birth", "local_authority",
            "social_worker_id", "social_worker_from"),
            List.of("child_id", "first_name", "last_name", "date_of_birth", "local_authority", "social_worker_id")),
    PLACEMENTS("placements", List.of("child_id", "household_id", "kind", "from", "to"),
            List.of("child_id", "household_id", "kind", "from"));

    private final String part;
    private final List<String> columns;
    private final List<String> required;

    ImportFile(String part, List<String> columns, List<String> required) {
        this.part = part;
        this.columns = columns;
        this.required = required;
    }

    String part() {
        return part;
    }

    List<String> columns() {
        return columns;
    }

    List<String> required() {
        return required;
    }

    static Optional<ImportFile> named(String part) {
        return Arrays.stream(values()).filter(file -> file.part.equals(part)).findFirst();
    }

    static List<String> parts() {
        return Arrays.stream(values()).map(ImportFile::part).toList();
    }
}
