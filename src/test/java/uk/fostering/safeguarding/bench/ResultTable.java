package uk.fostering.safeguarding.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures, each beside the baseline measured in the same run, as text and as Markdown. */
final class ResultTable {

    /**
     * One figure. {@code ratio} is always "how many times better than the baseline" (throughput: app/baseline;
     * time: baseline/app), so that a reader compares like with like; {@code met} is null when there is no target.
     */
    record Row(String database, String measure, String value, String baseline, double ratio, String target, Boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void add(Row row) {
        rows.add(row);
        System.out.println("[bench] " + String.join(" | ", row.database(), row.measure(), row.value(), row.baseline(),
                ratio(row), row.target(), met(row)));
    }

    synchronized void note(String note) {
        notes.add(note);
        System.out.println("[bench] " + note);
    }

    synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    synchronized String markdown(String header) {
        StringBuilder md = new StringBuilder(header).append("\n\n")
                .append("| database | measure | app | baseline (same run) | ratio (× baseline) | target | met |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            md.append("| ").append(String.join(" | ", row.database(), row.measure(), row.value(), row.baseline(),
                    ratio(row), row.target(), met(row))).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes and profiles from this run\n\n");
            notes.forEach(note -> md.append(note).append("\n\n"));
        }
        return md.toString();
    }

    void write(Path file, String header) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, markdown(header));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String format(double value, String unit) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : "%.2f %s", value, unit);
    }

    private static String ratio(Row row) {
        return Double.isNaN(row.ratio()) ? "—" : String.format(Locale.ROOT, "%.2f", row.ratio());
    }

    private static String met(Row row) {
        return row.met() == null ? "—" : row.met() ? "yes" : "**no**";
    }
}
