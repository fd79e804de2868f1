package uk.fostering.safeguarding.registryadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.registryadmin.Entries.Carer;
import uk.fostering.safeguarding.registryadmin.Entries.Household;
import uk.fostering.safeguarding.registryadmin.Entries.Placement;
import uk.fostering.safeguarding.registryadmin.Entries.Staff;

/** The registry's rules on an import's rows, with the registry in memory: no Spring, no database. */
class ImportCheckTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

    private final RegistryData registry = new RegistryData();
    private final Map<ImportFile, List<ImportRow>> files = new EnumMap<>(ImportFile.class);

    ImportCheckTest() {
        registry.staff.put("sam", new Staff("sam", "fostering", "SSW", "mark", null));
        registry.staff.put("mark", new Staff("mark", "fostering", "MANAGER", null, null));
        registry.staff.put("sophie", new Staff("sophie", "childrens-social-care", "SOCIAL_WORKER", "mark", null));
        registry.households.put("H-carol", new Household("H-carol", "Carol's household", "sam", null));
        registry.carers.put("carol", new Carer("carol", "H-carol", LocalDate.parse("2022-01-03"), null));
        registry.households.put("H-frank", new Household("H-frank", "Frank's household", "sam", null));
        registry.carers.put("frank", new Carer("frank", "H-frank", LocalDate.parse("2023-04-17"), null));
    }

    /** Adds a row to a file: values in the file's column order, "" for empty. */
    private void row(ImportFile file, String... values) {
        List<ImportRow> rows = files.computeIfAbsent(file, f -> new ArrayList<>());
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            byColumn.put(file.columns().get(i), values[i].isEmpty() ? null : values[i]);
        }
        rows.add(new ImportRow(rows.size() + 2, byColumn));
    }

    private ImportCheck.Result check() {
        return ImportCheck.check(registry, files, TODAY);
    }

    private void aChildOfTen() {
        row(ImportFile.AUTHORITIES, "NORTH", "Northshire", "", "", "", "");
        row(ImportFile.CHILDREN, "K-1", "Sky", "Test", "2016-04-01", "NORTH", "sophie", "");
    }

    @Test
    void aServiceHasOneRegisteredManagerAndHandsTheRoleOverInOneStep() {
        registry.staff.put("rachel", new Staff("rachel", "fostering", "REGISTERED_MANAGER", null, null));
        row(ImportFile.STAFF, "mark", "fostering", "REGISTERED_MANAGER", "", "");
        assertThat(check().problems()).extracting(ImportProblem::column, ImportProblem::message)
                .containsExactly(tuple("role", "a service has one registered manager, and rachel is it: change their "
                        + "role in the same step"));

        // rachel stepping down in the same file, or having left, lets mark take it
        row(ImportFile.STAFF, "rachel", "fostering", "MANAGER", "", "");
        assertThat(check().problems()).isEmpty();
        files.clear();
        registry.staff.put("rachel", new Staff("rachel", "fostering", "REGISTERED_MANAGER", null, TODAY));
        row(ImportFile.STAFF, "mark", "fostering", "REGISTERED_MANAGER", "", "");
        assertThat(check().problems()).isEmpty();
    }

    @Test
    void goodRowsAreChangesAndRowsEqualToTheRegistryAreNot() {
        aChildOfTen();
        row(ImportFile.HOUSEHOLDS, "H-carol", "Carol's household", "sam", "");
        row(ImportFile.PLACEMENTS, "K-1", "H-carol", "long term", "2020-01-06", "");
        row(ImportFile.PLACEMENTS, "K-1", "H-carol", "short break", "06/02/2021", "08/02/2021");

        ImportCheck.Result result = check();

        assertThat(result.problems()).isEmpty();
        assertThat(result.count(ImportFile.HOUSEHOLDS)).isZero();
        assertThat(result.count(ImportFile.CHILDREN)).isEqualTo(1);
        assertThat(result.changes().get(ImportFile.PLACEMENTS)).extracting(change -> ((Placement) change.after()).kind())
                .containsExactly("LONG_TERM", "RESPITE");
    }

    @Test
    void aPlacementBeforeBirthAndTwoMainPlacementsAtOnceAreRefusedByLineAndColumn() {
        aChildOfTen();
        row(ImportFile.PLACEMENTS, "K-1", "H-carol", "LONG_TERM", "2015-01-01", "");
        row(ImportFile.PLACEMENTS, "K-1", "H-carol", "EMERGENCY", "2020-01-01", "2020-02-01");
        row(ImportFile.PLACEMENTS, "K-1", "H-carol", "RESPITE", "2020-01-10", "2020-01-12");

        assertThat(check().problems()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                .containsExactlyInAnyOrder(tuple("placements", 2, "from"), tuple("placements", 2, "from"),
                        tuple("placements", 3, "from"));
        assertThat(check().problems()).anySatisfy(p -> assertThat(p.message()).contains("before the child's date of birth"))
                .anySatisfy(p -> assertThat(p.message()).contains("one main placement at a time"));
    }

    @Test
    void aCarerInTwoHouseholdsAThirdCarerAndAnSswWhoIsNotAnSswAreRefused() {
        row(ImportFile.HOUSEHOLDS, "H-new", "New household", "sophie", "");
        row(ImportFile.CARERS, "frank", "H-new", "2023-04-17", "");
        row(ImportFile.CARERS, "dan", "H-carol", "2023-01-01", "");
        row(ImportFile.CARERS, "eve", "H-carol", "2023-01-01", "");

        List<ImportProblem> problems = check().problems();

        assertThat(problems).anySatisfy(p -> {
            assertThat(p).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
                    .containsExactly("households", 2, "ssw_id");
            assertThat(p.message()).contains("not a supervising social worker");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p).extracting(ImportProblem::file, ImportProblem::line).containsExactly("carers", 2);
            assertThat(p.message()).contains("a carer belongs to one household");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("would have 3 approved carers"));
    }

    @Test
    void everyBadValueIsNamedAndAMissingReferenceToo() {
        row(ImportFile.STAFF, "ann", "fostering", "wizard", "nobody", "soon");
        row(ImportFile.CHILDREN, "K-2", "", "Test", "2030-01-01", "NOWHERE", "sam", "");
        row(ImportFile.CHILDREN, "K-2", "Sky", "Test", "2016-04-01", "NOWHERE", "sam", "");

        List<ImportProblem> problems = check().problems();

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::column).contains(
                tuple(2, "role"), tuple(2, "left_on"),
                tuple(2, "first_name"), tuple(2, "date_of_birth"),
                tuple(3, "local_authority"),
                tuple(3, "social_worker_id"));
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    void aRowRepeatedInAFileIsRefusedAtItsSecondLine() {
        row(ImportFile.STAFF, "ann", "fostering", "SSW", "mark", "");
        row(ImportFile.STAFF, "ann", "fostering", "SSW", "mark", "");

        assertThat(check().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("repeats line 2");
        });
    }

    @Test
    void aNewSswForAHouseholdIsAChangeAndTheSameSswWithoutADateIsNot() {
        row(ImportFile.STAFF, "sunita", "fostering", "SSW", "mark", "");
        row(ImportFile.HOUSEHOLDS, "H-carol", "Carol's household", "sunita", "2026-11-30");
        assertThat(check().count(ImportFile.HOUSEHOLDS)).isEqualTo(1);

        files.clear();
        row(ImportFile.HOUSEHOLDS, "H-carol", "Carol's household", "sam", "");
        assertThat(check().count(ImportFile.HOUSEHOLDS)).isZero();
    }

    @Test
    void aHeaderNamesEveryMissingAndUnknownColumn() {
        assertThat(ImportCheck.header(ImportFile.CARERS, List.of("user_id", "household", "approved_from", "approved_to")))
                .extracting(ImportProblem::column).containsExactlyInAnyOrder("household_id", "household");
    }

    @Test
    void overlapTreatsAMissingFromAsSinceBeforeDatesWereKeptAndToAsExclusive() {
        Placement old = new Placement("K", "H-a", "LONG_TERM", null, LocalDate.parse("2024-05-20"));
        Placement next = new Placement("K", "H-b", "LONG_TERM", LocalDate.parse("2024-05-20"), null);
        Placement earlier = new Placement("K", "H-b", "LONG_TERM", LocalDate.parse("2020-01-01"),
                LocalDate.parse("2020-02-01"));
        assertThat(old.overlaps(next)).isFalse();
        assertThat(next.overlaps(old)).isFalse();
        assertThat(old.overlaps(earlier)).isTrue();
    }
}
