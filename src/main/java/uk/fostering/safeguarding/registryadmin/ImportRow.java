package uk.fostering.safeguarding.registryadmin;

import java.util.Map;

/** One row of an import file: its line in the file and its values by column, trimmed, empty as null. */
record ImportRow(int line, Map<String, String> values) {

    String get(String column) {
        return values.get(column);
    }
}
