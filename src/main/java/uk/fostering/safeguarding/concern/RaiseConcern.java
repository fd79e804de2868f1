package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotLongAgo;
import uk.fostering.safeguarding.shared.PlainText;

/**
 * What a carer tells the service when raising a concern; validated the same way from every entry point. The police
 * call (999) is asked only when the child is in immediate danger: null when not answered.
 */
public record RaiseConcern(
        // the registry's own form of a child's id (registryadmin.ImportCheck), so every child imported can be raised
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,15}", message = "must be a child reference such as "
                + "C-1001: letters, digits and hyphens, at most 16") String childId,
        @NotNull ConcernCategory category,
        @NotBlank @Size(min = 10, max = 4000) @PlainText String summary,
        @NotNull @Size(max = 14) List<@NotNull Indicator> indicators,
        @NotNull @PastOrPresent @NotLongAgo Instant observedAt,
        boolean childMissing,
        boolean immediateDanger,
        Boolean policeCalled,
        @PastOrPresent(message = "must be now or in the past, not in the future") @NotLongAgo Instant policeCalledAt,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 /-]{0,39}",
                message = "must be the police reference: up to 40 letters, digits, spaces, / or -") String policeReference) {

    /** A concern raised without answers about the police: not in immediate danger, or from before they were asked. */
    public RaiseConcern(String childId, ConcernCategory category, String summary, List<Indicator> indicators,
            Instant observedAt, boolean childMissing, boolean immediateDanger) {
        this(childId, category, summary, indicators, observedAt, childMissing, immediateDanger, null, null, null);
    }

    /**
     * The police answers must fit together: asked only with the child in danger right now, and a time or reference
     * only once the police were called.
     */
    void checkPoliceCall() {
        if (policeCalled != null && !immediateDanger) {
            throw InvalidInputException.of("policeCalled", "answer this only when the child is in danger right now");
        }
        boolean called = Boolean.TRUE.equals(policeCalled);
        if (policeCalledAt != null && !called) {
            throw InvalidInputException.of("policeCalledAt", "give a time only if you called the police");
        }
        if (policeReference != null && !called) {
            throw InvalidInputException.of("policeReference", "give a police reference only if you called the police");
        }
        if (called && policeCalledAt == null) {
            throw InvalidInputException.of("policeCalledAt", "say when you called the police");
        }
    }
}
