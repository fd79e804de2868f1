package uk.fostering.safeguarding.registryadmin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors a managers' page shows: GOV.UK's error summary, each line linking to its input, and the same words
 * beside the field. They are the registry's own rules' words (the API's), with the field named by its label and
 * dates written the UK way.
 */
record PageProblems(List<Line> lines, Map<String, String> byField) {

    static final PageProblems NONE = new PageProblems(List.of(), Map.of());
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** One error: the input it links to, and what is wrong. */
    record Line(String input, String text) {
    }

    static PageProblems of(ManagedPart part, List<ImportProblem> problems) {
        List<Line> lines = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (ImportProblem problem : problems) {
            ManagedPart.Field field = problem.column() == null ? null : part.field(problem.column());
            String column = field == null ? part.fields().get(0).column() : field.column();
            String label = field == null ? part.fields().get(0).label() : field.label();
            String text = label + " " + words(part, problem.message());
            if (!byField.containsKey(column)) {
                lines.add(new Line(field == null ? part.fields().get(0).input() : field.input(), text));
                byField.put(column, text);
            }
        }
        return new PageProblems(List.copyOf(lines), Map.copyOf(byField));
    }

    static PageProblems of(ManagedPart.Field field, String text) {
        return new PageProblems(List.of(new Line(field.input(), text)), Map.of(field.column(), text));
    }

    /** The rule's message with other fields named by their labels and ISO dates as a UK reader writes them. */
    private static String words(ManagedPart part, String message) {
        String text = message;
        // column names a rule may quote (approved_from, the placement's from); plain words stay as they are
        for (ManagedPart.Field other : part.fields()) {
            if (other.column().contains("_")) {
                text = text.replace(other.column(), other.label().toLowerCase(Locale.UK));
            }
        }
        if (text.endsWith("is before from")) {
            text = text.replace("is before from", "is before the start date");
        }
        Matcher dates = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (dates.find()) {
            dates.appendReplacement(out, UK.format(LocalDate.parse(dates.group())));
        }
        dates.appendTail(out);
        return out.toString();
    }

    public boolean any() {
        return !lines.isEmpty();
    }
}
