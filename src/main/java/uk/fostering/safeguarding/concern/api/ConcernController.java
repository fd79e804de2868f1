package uk.fostering.safeguarding.concern.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernService;
import uk.fostering.safeguarding.concern.ConcernStatus;
import uk.fostering.safeguarding.concern.InvalidInputException;
import uk.fostering.safeguarding.missing.MissingEpisodes;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;

@RestController
@RequestMapping("/api/concerns")
@Tag(name = "Concerns", description = "Raise a safeguarding concern and follow it")
@SecurityRequirement(name = "basic")
class ConcernController {

    private final ConcernService concerns;
    private final CurrentCaller currentCaller;
    private final MissingEpisodes episodes;

    ConcernController(ConcernService concerns, CurrentCaller currentCaller, MissingEpisodes episodes) {
        this.concerns = concerns;
        this.episodes = episodes;
        this.currentCaller = currentCaller;
    }

    @PostMapping
    @Operation(summary = "Raise a concern about a child placed with you (or, as their SSW, with one of your carers)")
    ResponseEntity<ConcernResponses.Raised> raise(@RequestBody RaiseConcernRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        Concern concern = concerns.raise(request.toCommand(), caller());
        return ResponseEntity.created(URI.create("/api/concerns/" + concern.getReference()))
                .body(new ConcernResponses.Raised(concern.getReference(), concern.getRiskLevel().name()));
    }

    @GetMapping("/{reference}")
    @Operation(summary = "A concern you may see: its state, open tasks, missing episodes and chronology")
    ConcernResponses.Detail get(@PathVariable String reference) {
        return ConcernResponses.Detail.of(concerns.view(reference, caller()), episodes.ofConcern(reference));
    }

    @GetMapping
    @Operation(summary = "The concerns you may see, newest first")
    List<ConcernResponses.Summary> list(@RequestParam Optional<String> childId,
            @RequestParam Optional<ConcernStatus> status) {
        return concerns.visibleTo(caller(), childId, status).stream().map(ConcernResponses.Summary::of).toList();
    }

    @PostMapping("/{reference}/social-worker-notice")
    @Operation(summary = "Tell the child's social worker now, before the SSW's advice is written")
    ResponseEntity<Void> noticeSocialWorker(@PathVariable String reference) {
        concerns.requestSocialWorkerNotice(reference, caller());
        return ResponseEntity.accepted().build();
    }

    private Caller caller() {
        return currentCaller.current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }
}
