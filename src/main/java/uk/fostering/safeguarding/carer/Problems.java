package uk.fostering.safeguarding.carer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.InvalidInputException.FieldProblem;

/**
 * The errors a page shows: GOV.UK's error summary at the top, each line linking to its field ({@code #id}), and
 * the same words beside the field. They come from the service's own validation (the intake, the step recorders):
 * its field names are mapped to the page's inputs; its plain-English messages (the dates') are shown as they are,
 * and its rule texts ("size must be between 10 and 4000") are replaced by the page's sentence for that field.
 */
record Problems(List<Line> lines, Map<String, String> byField) {

    static final Problems NONE = new Problems(List.of(), Map.of());

    /** One error: the input it links to and what to do. */
    record Line(String field, String text) {
    }

    /** How the page calls a field the service may name: the input's id and what to say when its rule is broken. */
    record Field(String input, String sentence) {
    }

    static Problems of(String input, String text) {
        return new Problems(List.of(new Line(input, text)), Map.of(input, text));
    }

    static Problems of(InvalidInputException refused, Map<String, Field> fields) {
        List<Line> lines = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : refused.getProblems()) {
            Field field = fields.getOrDefault(problem.field(), new Field(problem.field(), null));
            String text = isPlainEnglish(problem.message()) || field.sentence() == null ? problem.message()
                    : field.sentence();
            if (!byField.containsKey(field.input())) {
                lines.add(new Line(field.input(), text));
                byField.put(field.input(), text);
            }
        }
        return new Problems(List.copyOf(lines), Map.copyOf(byField));
    }

    /** The dates' messages are written for people ("Enter the day ..."); the rules' start in lower case. */
    private static boolean isPlainEnglish(String message) {
        return !message.isEmpty() && Character.isUpperCase(message.charAt(0));
    }

    public boolean any() {
        return !lines.isEmpty();
    }

    /** Whether any of the fields is in error (a date's day, month, year or time). */
    public boolean anyOf(List<String> inputs) {
        return inputs.stream().anyMatch(byField::containsKey);
    }
}
