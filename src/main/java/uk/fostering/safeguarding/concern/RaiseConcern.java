package uk.fostering.safeguarding.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import uk.fostering.safeguarding.shared.NotLongAgo;
import uk.fostering.safeguarding.shared.PlainText;

/** What a carer tells the service when raising a concern; validated the same way from every entry point. */
public record RaiseConcern(
        @NotBlank @Pattern(regexp = "C-[0-9]{4}", message = "must be a child reference such as C-1001") String childId,
        @NotNull ConcernCategory category,
        @NotBlank @Size(min = 10, max = 4000) @PlainText String summary,
        @NotNull @Size(max = 14) List<@NotNull Indicator> indicators,
        @NotNull @PastOrPresent @NotLongAgo Instant observedAt,
        boolean childMissing,
        boolean immediateDanger) {
}
