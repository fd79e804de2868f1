package uk.fostering.safeguarding.carer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.InvalidInputException.FieldProblem;

/** How the service's refusals become a page's error summary: each line linked to the page's input, in plain words. */
class ProblemsTest {

    private static final Map<String, Problems.Field> FIELDS = Map.of(
            "facts", new Problems.Field("recordFacts", "Enter what happened, in no more than 4,000 characters"),
            "observedAt", new Problems.Field("observedAtDay", "Enter the date and time you saw or heard it"));

    @Test
    void theServicesFieldNamesBecomeThePagesInputsAndRuleTextsThePagesSentences() {
        Problems problems = Problems.of(new InvalidInputException(List.of(
                new FieldProblem("facts", "size must be between 0 and 4000"),
                new FieldProblem("observedAtTime", "Enter the time you saw or heard it as hours and minutes on the "
                        + "24-hour clock, for example 19:41"))), FIELDS);

        assertThat(problems.lines()).containsExactly(
                new Problems.Line("recordFacts", "Enter what happened, in no more than 4,000 characters"),
                new Problems.Line("observedAtTime", "Enter the time you saw or heard it as hours and minutes on the "
                        + "24-hour clock, for example 19:41"));
        assertThat(problems.anyOf(List.of("observedAtDay", "observedAtTime"))).isTrue();
    }

    @Test
    void aFieldThePageDoesNotKnowKeepsTheServicesNameAndWordsAndTwoProblemsOfOneInputShowOnce() {
        Problems problems = Problems.of(new InvalidInputException(List.of(
                new FieldProblem("observedAt", "must be in the past"),
                new FieldProblem("observedAt", "must not be null"),
                new FieldProblem("childId", "must be a child reference such as C-1001"))), FIELDS);

        assertThat(problems.lines()).containsExactly(
                new Problems.Line("observedAtDay", "Enter the date and time you saw or heard it"),
                new Problems.Line("childId", "must be a child reference such as C-1001"));
        assertThat(Problems.NONE.any()).isFalse();
    }
}
