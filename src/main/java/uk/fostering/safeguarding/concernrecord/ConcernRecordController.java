package uk.fostering.safeguarding.concernrecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.fostering.safeguarding.concern.ConcernQueries;
import uk.fostering.safeguarding.concern.ConcernStatus;
import uk.fostering.safeguarding.missing.MissingEpisodeQueries;
import uk.fostering.safeguarding.process.CurrentCaller;

/**
 * The read side of {@code /api/concerns}: a concern with its missing episodes, the list, the audit trail. It sits
 * above the concern and missing features, so that neither needs the other to answer.
 */
@RestController
@RequestMapping("/api/concerns")
@Tag(name = "Concerns")
@SecurityRequirement(name = "basic")
class ConcernRecordController {

    private final ConcernQueries concerns;
    private final CurrentCaller currentCaller;
    private final MissingEpisodeQueries episodes;

    ConcernRecordController(ConcernQueries concerns, CurrentCaller currentCaller, MissingEpisodeQueries episodes) {
        this.concerns = concerns;
        this.episodes = episodes;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/{reference}")
    @Operation(summary = "A concern you may see: its state, open tasks, missing episodes and chronology")
    ConcernResponses.Detail get(@PathVariable String reference) {
        return ConcernResponses.Detail.of(concerns.view(reference, currentCaller.required(), "api"),
                episodes.ofConcern(reference));
    }

    @GetMapping
    @Operation(summary = "The concerns you may see, newest first")
    List<ConcernResponses.Summary> list(@RequestParam Optional<String> childId,
            @RequestParam Optional<ConcernStatus> status) {
        return concerns.visibleTo(currentCaller.required(), childId, status, "api list").stream().map(ConcernResponses.Summary::of).toList();
    }

    @GetMapping("/{reference}/audit")
    @Operation(summary = "The concern's audit trail, oldest first: who read or changed it, when and how "
            + "(fostering managers only)",
            description = "One line per read (through this API, the concern page or the dashboard) and per change "
                    + "(raised, each step, escalation, claim or reassignment, missing and returned): when, the user id, "
                    + "the action and a short factual detail, never anything a person wrote about the child. The trail "
                    + "is append-only: no call changes or deletes it. Anyone but a fostering manager gets the same 404 "
                    + "as for a concern that does not exist.")
    @ApiResponse(responseCode = "200", description = "The trail")
    @ApiResponse(responseCode = "404", description = "No such concern, or the caller is not a fostering manager")
    List<ConcernResponses.AuditLine> audit(@PathVariable String reference) {
        return concerns.auditTrail(reference, currentCaller.required(), "api").stream().map(ConcernResponses.AuditLine::of).toList();
    }
}
