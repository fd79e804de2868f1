package uk.fostering.safeguarding.allegation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.fostering.safeguarding.allegation.Allegations;
import uk.fostering.safeguarding.allegation.HouseholdAllegation;
import uk.fostering.safeguarding.allegation.Reason;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.shared.InvalidInputException;

@RestController
@RequestMapping("/api/concerns/{reference}")
@Tag(name = "Allegations", description = "Concerns about the carer or someone in their household: kept from the "
        + "carer, referred to the designated officer (LADO)")
@SecurityRequirement(name = "basic")
class AllegationController {

    private final Allegations allegations;
    private final CurrentCaller currentCaller;

    AllegationController(Allegations allegations, CurrentCaller currentCaller) {
        this.allegations = allegations;
        this.currentCaller = currentCaller;
    }

    @PostMapping("/about-household")
    @Operation(summary = "Mark an open concern as about the carer or someone in their household (staff; not carers): "
            + "the carer loses sight of it at once, its steps go to the registered manager and the child's social "
            + "worker, and the registered manager refers it to the designated officer (LADO) within one working day")
    AllegationView markAboutHousehold(@PathVariable String reference, @RequestBody ReasonRequest request) {
        return AllegationView.of(allegations.mark(reference, reasonOf(request), currentCaller.required()), null);
    }

    @PostMapping("/carer-may-see")
    @Operation(summary = "Let the carer see a concern about their household again (fostering managers): read only, "
            + "with the reason recorded")
    AllegationView letCarerSee(@PathVariable String reference, @RequestBody ReasonRequest request) {
        return AllegationView.of(allegations.letCarersSee(reference, reasonOf(request), currentCaller.required()), null);
    }

    @GetMapping("/allegation")
    @Operation(summary = "The allegation's record (staff who may see the concern): who it keeps out, the designated "
            + "officer's contact and advice, and whether the carer may see it again")
    AllegationView allegation(@PathVariable String reference) {
        Allegations.Recorded recorded = allegations.of(reference, currentCaller.required());
        return AllegationView.of(recorded.allegation(), recorded.designatedOfficer());
    }

    private static Reason reasonOf(ReasonRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        return new Reason(request.reason());
    }

    @Schema(description = "Why: kept in the allegation's record, never in emails or the audit trail")
    record ReasonRequest(@Schema(description = "10 to 2000 characters", requiredMode = Schema.RequiredMode.REQUIRED)
            String reason) {
    }

    @Schema(description = "A concern about the carer's household; the referral and the carer's sight are null until done")
    record AllegationView(String reference, List<String> excludedCarers, String markedBy, Instant markedAt,
            String reason, String designatedOfficer, Referral ladoReferral, CarerMaySee carerMaySee) {

        static AllegationView of(HouseholdAllegation a, String designatedOfficer) {
            return new AllegationView(a.getConcernReference(), a.excludedCarers(), a.getMarkedBy(), a.getMarkedAt(),
                    a.getReason(), designatedOfficer,
                    a.getLadoReferredAt() == null ? null : new Referral(a.getLadoReferredAt(), a.getLadoAdvice(),
                            a.getLadoReference(), a.getLadoRecordedBy()),
                    a.carersMaySee() ? new CarerMaySee(a.getCarerMaySeeAt(), a.getCarerMaySeeBy(), a.getCarerMaySeeReason())
                            : null);
        }
    }

    record Referral(Instant referredAt, String advice, String reference, String recordedBy) {
    }

    record CarerMaySee(Instant at, String decidedBy, String reason) {
    }
}
