package uk.fostering.safeguarding.concern.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernSteps;
import uk.fostering.safeguarding.concern.RaisingConcerns;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.shared.InvalidInputException;

@RestController
@RequestMapping("/api/concerns")
@Tag(name = "Concerns", description = "Raise a safeguarding concern and follow it")
@SecurityRequirement(name = "basic")
class ConcernController {

    private final RaisingConcerns raising;
    private final ConcernSteps steps;
    private final CurrentCaller currentCaller;

    ConcernController(RaisingConcerns raising, ConcernSteps steps, CurrentCaller currentCaller) {
        this.raising = raising;
        this.steps = steps;
        this.currentCaller = currentCaller;
    }

    @PostMapping
    @Operation(summary = "Raise a concern about a child placed with you (or, as their SSW, with one of your carers); "
            + "staff who may see the child raise one about the carer's household with aboutHousehold")
    ResponseEntity<Raised> raise(@RequestBody RaiseConcernRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        Concern concern = raising.raise(request.toCommand(), currentCaller.required(), request.isAboutHousehold());
        return ResponseEntity.created(URI.create("/api/concerns/" + concern.getReference()))
                .body(new Raised(concern.getReference(), concern.getRiskLevel().name()));
    }

    @PostMapping("/{reference}/social-worker-notice")
    @Operation(summary = "Tell the child's social worker now, before the SSW's advice is written")
    ResponseEntity<Void> noticeSocialWorker(@PathVariable String reference) {
        steps.requestSocialWorkerNotice(reference, currentCaller.required());
        return ResponseEntity.accepted().build();
    }

    record Raised(String reference, String riskLevel) {
    }
}
