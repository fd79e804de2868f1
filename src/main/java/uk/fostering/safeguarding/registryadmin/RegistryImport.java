package uk.fostering.safeguarding.registryadmin;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.reallocation.KeepOn;

/**
 * Going live from a spreadsheet: the service's authorities, staff, households, carers, children and placements as
 * CSV files (README "Going live from a spreadsheet"). A dry run lists every problem by file, line and column and
 * writes nothing; a real run writes everything or, if any row has a problem, nothing. Records are matched by their
 * natural keys, so the same files imported again change nothing.
 */
@Service
public class RegistryImport {

    private static final Logger log = LoggerFactory.getLogger(RegistryImport.class);
    static final String AUDIT_ACTION = "REGISTRY_IMPORTED";
    static final String AUDIT_REFERENCE = "registry";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false).setTrim(true).setIgnoreSurroundingSpaces(true).get();

    /** What an import found and did: every problem; per file, how many records are (or would be) new or changed. */
    public record Report(boolean dryRun, boolean imported, List<ImportProblem> problems, Map<String, Integer> changes) {
    }

    private final RegistryStore store;
    private final PeopleFollow people;
    private final Audit audit;
    private final Clock clock;

    RegistryImport(RegistryStore store, PeopleFollow people, Audit audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks (and unless a dry run, writes) the given files, each named by its part ({@link ImportFile}); a name
     * that is no file of the import is a problem. Runs in one transaction: a real run with a problem writes nothing.
     */
    @Transactional
    public Report run(Map<String, Reader> files, boolean dryRun, String actor) {
        long started = System.nanoTime();
        List<ImportProblem> problems = new ArrayList<>();
        Map<ImportFile, List<ImportRow>> rows = new EnumMap<>(ImportFile.class);
        files.forEach((part, reader) -> ImportFile.named(part).ifPresentOrElse(
                file -> rows.put(file, read(file, reader, problems)),
                () -> problems.add(new ImportProblem(part, 0, null, "is not a file of the import (files: "
                        + String.join(", ", ImportFile.parts()) + ")"))));
        if (files.isEmpty()) {
            problems.add(new ImportProblem(null, 0, null, "no file was sent (files: " + String.join(", ",
                    ImportFile.parts()) + ")"));
        }
        return checkAndWrite(rows, problems, dryRun, actor, Optional.empty(), started);
    }

    /**
     * One record added, changed or ended through the JSON API ({@code PUT /api/registry/{part}}), by the same
     * rules as a row of an import: its values by column, each a string or null. Unknown parts throw
     * NotFoundException; a value of an unknown column is a problem of that column. {@code keepOn}: the carers whose
     * placement this change ends keep seeing the child's open concerns. {@code dryRun}: only checked (what the pages
     * and the API do when a login field is wrong).
     */
    @Transactional
    Report record(ImportFile file, Map<String, String> values, String actor, boolean dryRun, Optional<KeepOn> keepOn) {
        long started = System.nanoTime();
        List<ImportProblem> problems = new ArrayList<>();
        values.keySet().stream().filter(column -> !file.columns().contains(column)).forEach(column -> problems.add(
                new ImportProblem(file.part(), 0, column, "is not a field of " + file.part() + " (fields: "
                        + String.join(", ", file.columns()) + ")")));
        Map<String, String> trimmed = new HashMap<>();
        values.forEach((column, value) -> trimmed.put(column, value == null || value.isBlank() ? null : value.trim()));
        Map<ImportFile, List<ImportRow>> rows = new EnumMap<>(ImportFile.class);
        rows.put(file, List.of(new ImportRow(0, trimmed)));
        return checkAndWrite(rows, problems, dryRun, actor, keepOn, started);
    }

    private Report checkAndWrite(Map<ImportFile, List<ImportRow>> rows, List<ImportProblem> problems, boolean dryRun,
            String actor, Optional<KeepOn> keepOn, long started) {
        LocalDate today = LocalDate.now(clock);
        ImportCheck.Result result = ImportCheck.check(store.load(), rows, today);
        problems.addAll(result.problems());
        Map<String, Integer> changes = new LinkedHashMap<>();
        for (ImportFile file : ImportFile.values()) {
            if (rows.containsKey(file)) {
                changes.put(file.part(), result.count(file));
            }
        }
        boolean write = !dryRun && problems.isEmpty();
        if (write) {
            store.apply(result, today);
            // the open concerns follow in the same transaction: all or nothing with the registry's change
            people.written(result, today, actor, keepOn);
            audit.record(actor, AUDIT_ACTION, AUDIT_REFERENCE, changes.entrySet().stream()
                    .map(change -> change.getKey() + " " + change.getValue()).collect(Collectors.joining(", ")));
        }
        log.info("Registry import by {} ({}): {} rows, {} problems, changes {}, {} ms", actor,
                dryRun ? "dry run" : write ? "written" : "refused", rows.values().stream().mapToInt(List::size).sum(),
                problems.size(), changes, (System.nanoTime() - started) / 1_000_000);
        return new Report(dryRun, write, List.copyOf(problems), changes);
    }

    /** The file's rows, its header checked; a row of only empty values (a blank line) is skipped. */
    private static List<ImportRow> read(ImportFile file, Reader reader, List<ImportProblem> problems) {
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames().stream().map(RegistryImport::column).toList();
            List<ImportProblem> headerProblems = ImportCheck.header(file, header);
            if (!headerProblems.isEmpty()) {
                problems.addAll(headerProblems);
                return rows;
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(new ImportProblem(file.part(), line, null, "has " + record.size()
                            + " values; the header row has " + header.size() + " columns"));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = record.get(i);
                    values.put(header.get(i), value.isEmpty() ? null : value);
                }
                rows.add(new ImportRow(line, values));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // Commons CSV's words for a broken file (an unclosed quote, a repeated column) name no child's data
            problems.add(new ImportProblem(file.part(), 0, null, "is not a readable CSV file: " + e.getMessage()));
        }
        return rows;
    }

    /** A header cell as written by spreadsheets: Excel puts a byte-order mark before the first one. */
    private static String column(String header) {
        return header.replace("\uFEFF", "").trim().toLowerCase(java.util.Locale.ROOT);
    }
}
