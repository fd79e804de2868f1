package uk.fostering.safeguarding.concern.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import uk.fostering.safeguarding.concern.ConcernCategory;
import uk.fostering.safeguarding.concern.Indicator;
import uk.fostering.safeguarding.concern.RaiseConcern;

@Schema(description = "A new concern about a child placed with the caller")
record RaiseConcernRequest(
        @Schema(example = "C-1001", requiredMode = Schema.RequiredMode.REQUIRED) String childId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ConcernCategory category,
        @Schema(description = "What was seen or heard, when and where (10 to 4000 characters)",
                requiredMode = Schema.RequiredMode.REQUIRED) String summary,
        @Schema(description = "Indicator codes; may be empty") List<Indicator> indicators,
        @Schema(description = "When it was seen or heard; not in the future",
                requiredMode = Schema.RequiredMode.REQUIRED) Instant observedAt,
        Boolean childMissing,
        Boolean immediateDanger,
        @Schema(description = "Only with immediateDanger: whether the police were called (999)") Boolean policeCalled,
        @Schema(description = "Only when policeCalled: when the police were called; not in the future")
        Instant policeCalledAt,
        @Schema(description = "Only when policeCalled, optional: the police reference (up to 40 letters, digits, "
                + "spaces, / or -)") String policeReference,
        @Schema(description = "Staff only (not carers): the concern is about the carer or someone in their household. "
                + "The carer never sees it; it goes to the registered manager, the child's social worker and the "
                + "designated officer (LADO) path. Default false") Boolean aboutHousehold) {

    boolean isAboutHousehold() {
        return Boolean.TRUE.equals(aboutHousehold);
    }

    RaiseConcern toCommand() {
        return new RaiseConcern(childId, category, summary, indicators == null ? List.of() : indicators, observedAt,
                Boolean.TRUE.equals(childMissing), Boolean.TRUE.equals(immediateDanger), policeCalled, policeCalledAt,
                policeReference);
    }
}
