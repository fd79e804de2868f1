package uk.fostering.safeguarding.concernrecord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.chronology.ConcernEvent;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.concern.ConcernCategory;
import uk.fostering.safeguarding.concern.ConcernStatus;
import uk.fostering.safeguarding.concern.Indicator;
import uk.fostering.safeguarding.concern.NextStep;
import uk.fostering.safeguarding.missing.EpisodeStatus;
import uk.fostering.safeguarding.shared.RiskLevel;

/** The concern page shows words: every code it can meet has a label, and the forms say the same. */
class WordsNotCodesTest {

    @Test
    void everyCodeOnTheConcernPageHasWordsOfItsOwn() {
        Stream.of(labels(ConcernCategory.class, ConcernCategory::label), labels(Indicator.class, Indicator::label),
                labels(NextStep.class, NextStep::label), labels(ConcernStatus.class, ConcernStatus::label),
                labels(RiskLevel.class, RiskLevel::label), labels(EpisodeStatus.class, EpisodeStatus::label),
                labels(ConcernEventType.class, ConcernEventType::label))
                .forEach(labels -> {
                    assertThat(labels).allSatisfy((code, label) -> assertThat(label).isNotBlank().isNotEqualTo(code));
                    assertThat(labels.values()).doesNotHaveDuplicates();
                });
    }

    @Test
    void theFormsOfferTheSameWordsThePageShows() throws IOException {
        // the checklist's "Something else" goes on with "(describe it below)": the page shows the start only
        assertThat(formOptions("raise-concern", "indicators")).containsOnlyKeys(
                Stream.of(Indicator.values()).map(Enum::name).toArray(String[]::new));
        assertThat(formOptions("raise-concern", "indicators"))
                .allSatisfy((code, label) -> assertThat(label).startsWith(Indicator.valueOf(code).label()));
        assertThat(formOptions("raise-concern", "category"))
                .isEqualTo(labels(ConcernCategory.class, ConcernCategory::label));
        assertThat(formOptions("decide-next-steps", "decision")).isEqualTo(labels(NextStep.class, NextStep::label));
    }

    @Test
    void chronologyNotesThatStartWithACodeReadInWords() {
        assertThat(line(ConcernEventType.RAISED, "CSE").note()).isEqualTo("Sexual exploitation");
        assertThat(line(ConcernEventType.RISK_ASSESSED, "MEDIUM").note()).isEqualTo("Medium");
        assertThat(line(ConcernEventType.RISK_RAISED, "HIGH: seen with older men")).satisfies(l -> {
            assertThat(l.what()).isEqualTo("Risk level raised");
            assertThat(l.note()).isEqualTo("High: seen with older men");
        });
        assertThat(line(ConcernEventType.DECIDED, "STRATEGY_DISCUSSION").note()).isEqualTo("Hold a strategy discussion");
        // words that merely look like a code stay as they were written
        assertThat(line(ConcernEventType.ACKNOWLEDGED, "Record the concern").note()).isEqualTo("Record the concern");
        assertThat(line(ConcernEventType.RISK_RAISED, "MEDIUMISH: x").note()).isEqualTo("MEDIUMISH: x");
        assertThat(line(ConcernEventType.CLOSED, null).note()).isNull();
    }

    private static ChronologyLine line(ConcernEventType type, String note) {
        return ChronologyLine.of(new ConcernEvent(1L, Instant.EPOCH, "sam", type, note));
    }

    private static <E extends Enum<E>> Map<String, String> labels(Class<E> type, Function<E, String> label) {
        Map<String, String> labels = new HashMap<>();
        Arrays.stream(type.getEnumConstants()).forEach(c -> labels.put(c.name(), label.apply(c)));
        return labels;
    }

    private static Map<String, String> formOptions(String form, String key) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
        JsonNode field = root.findParents("key").stream().filter(n -> key.equals(n.path("key").asText()))
                .findFirst().orElseThrow();
        Map<String, String> options = new HashMap<>();
        field.path("values").forEach(v -> options.put(v.path("value").asText(), v.path("label").asText()));
        assertThat(options).as("options of %s in %s", key, form).isNotEmpty();
        return options;
    }
}
