package uk.fostering.safeguarding.escalation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.fostering.safeguarding.escalation.EscalationBoard;
import uk.fostering.safeguarding.escalation.Resends;
import uk.fostering.safeguarding.escalation.StuckJobs.StuckJob;
import uk.fostering.safeguarding.process.ConcernVisibility;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.web.ForbiddenException;

@RestController
@Tag(name = "Escalations", description = "What managers and the emergency duty team watch")
@SecurityRequirement(name = "basic")
class EscalationsController {

    private final EscalationBoard board;
    private final CurrentCaller currentCaller;
    private final ConcernVisibility visibility;
    private static final int MAX_LIMIT = 1000;

    private final Resends resends;

    EscalationsController(EscalationBoard board, CurrentCaller currentCaller, ConcernVisibility visibility,
            Resends resends) {
        this.resends = resends;
        this.board = board;
        this.currentCaller = currentCaller;
        this.visibility = visibility;
    }

    @GetMapping("/api/escalations")
    @Operation(summary = "Open escalations, most overdue first (the first `limit`, 1 to 1000, default 200), with "
            + "counts by level and the total over all that match, and escalations per day over the last 30 days "
            + "(managers and the emergency duty team only)")
    EscalationBoard.Board escalations(@RequestParam Optional<Integer> level, @RequestParam Optional<String> step,
            @RequestParam Optional<String> team, @RequestParam(defaultValue = "200") int limit) {
        Caller caller = currentCaller.current().filter(visibility::seesAll)
                .orElseThrow(() -> new ForbiddenException("Only managers and the emergency duty team see escalations"));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return board.read(caller, level, step, team, limit, "api escalations");
    }

    @PostMapping("/api/escalations/failing-emails/{jobId}/resend")
    @Operation(summary = "Send again an email (or escalation) that the service stopped retrying, as the dashboard's "
            + "\"Send again\" does: the job runs again at once and mails only those who did not get it; recorded in "
            + "the concern's audit trail (fostering managers only; 404 if the job is not a failing email of a concern)")
    StuckJob resend(@PathVariable String jobId) {
        Caller caller = currentCaller.current()
                .orElseThrow(() -> new ForbiddenException("Only fostering managers send failed emails again"));
        return resends.resend(jobId, caller).orElseThrow(() -> new NotFoundException("Failing email " + jobId));
    }
}
