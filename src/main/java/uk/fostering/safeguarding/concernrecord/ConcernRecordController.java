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
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.audit.AuditEvent;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernService;
import uk.fostering.safeguarding.concern.ConcernStatus;
import uk.fostering.safeguarding.missing.MissingEpisodes;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.NotFoundException;

/**
 * The read side of {@code /api/concerns}: a concern with its missing episodes, the list, the audit trail. It sits
 * above the concern and missing features, so that neither needs the other to answer.
 */
@RestController
@RequestMapping("/api/concerns")
@Tag(name = "Concerns")
@SecurityRequirement(name = "basic")
class ConcernRecordController {

    private final ConcernService concerns;
    private final CurrentCaller currentCaller;
    private final MissingEpisodes episodes;
    private final Audit audit;

    ConcernRecordController(ConcernService concerns, CurrentCaller currentCaller, MissingEpisodes episodes, Audit audit) {
        this.concerns = concerns;
        this.episodes = episodes;
        this.currentCaller = currentCaller;
        this.audit = audit;
    }

    @GetMapping("/{reference}")
    @Operation(summary = "A concern you may see: its state, open tasks, missing episodes and chronology")
    ConcernResponses.Detail get(@PathVariable String reference) {
        Caller caller = currentCaller.required();
        ConcernResponses.Detail detail = ConcernResponses.Detail.of(concerns.view(reference, caller),
                episodes.ofConcern(reference));
        audit.record(caller.userId(), Audit.Actions.VIEWED, reference, "api");
        return detail;
    }

    @GetMapping
    @Operation(summary = "The concerns you may see, newest first")
    List<ConcernResponses.Summary> list(@RequestParam Optional<String> childId,
            @RequestParam Optional<ConcernStatus> status) {
        Caller caller = currentCaller.required();
        List<Concern> visible = concerns.visibleTo(caller, childId, status);
        audit.recordReads(caller.userId(), visible.stream().map(Concern::getReference).toList(), "api list");
        return visible.stream().map(ConcernResponses.Summary::of).toList();
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
        Caller caller = currentCaller.required();
        if (!caller.hasRole(Roles.MANAGERS)) {
            throw new NotFoundException("Concern " + reference);
        }
        concerns.requireVisible(reference, caller);
        List<AuditEvent> trail = audit.trail(reference);
        audit.record(caller.userId(), Audit.Actions.AUDIT_VIEWED, reference, "api");
        return trail.stream().map(ConcernResponses.AuditLine::of).toList();
    }
}
