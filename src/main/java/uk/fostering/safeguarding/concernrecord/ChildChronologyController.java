package uk.fostering.safeguarding.concernrecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.fostering.safeguarding.concern.ConcernQueries;
import uk.fostering.safeguarding.concern.ConcernQueries.ChildChronology;
import uk.fostering.safeguarding.process.CurrentCaller;

@RestController
@Tag(name = "Concerns")
@SecurityRequirement(name = "basic")
class ChildChronologyController {

    private final ConcernQueries concerns;
    private final CurrentCaller currentCaller;

    ChildChronologyController(ConcernQueries concerns, CurrentCaller currentCaller) {
        this.concerns = concerns;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/api/children/{childId}/chronology")
    @Operation(summary = "Every event about a child you may see, over all their concerns, oldest first")
    List<ChildEvent> chronology(@PathVariable String childId) {
        ChildChronology chronology = concerns.chronologyOf(childId,
                currentCaller.required());
        return chronology.events().stream().map(e -> new ChildEvent(chronology.references().get(e.getConcernId()),
                e.getOccurredAt(), e.getActor(), e.getType().name(), e.getNote())).toList();
    }

    record ChildEvent(String reference, Instant at, String actor, String type, String note) {
    }
}
