package uk.fostering.safeguarding.missing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.fostering.safeguarding.concern.InvalidInputException;
import uk.fostering.safeguarding.concern.NotFoundException;
import uk.fostering.safeguarding.missing.MissingEpisodes;
import uk.fostering.safeguarding.missing.MissingEpisodes.Reported;
import uk.fostering.safeguarding.missing.MissingEpisodes.Returned;
import uk.fostering.safeguarding.missing.MissingPersonProfile;
import uk.fostering.safeguarding.missing.MissingPersonProfiles;
import uk.fostering.safeguarding.missing.ProfileDetails;
import uk.fostering.safeguarding.missing.MissingReport;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.web.ForbiddenException;

@RestController
@RequestMapping("/api/children/{childId}")
@Tag(name = "Missing from care", description = "Report a child missing and back; their missing-person profile")
@SecurityRequirement(name = "basic")
class ChildrenController {

    private final MissingEpisodes episodes;
    private final MissingPersonProfiles profiles;
    private final CurrentCaller currentCaller;

    ChildrenController(MissingEpisodes episodes, MissingPersonProfiles profiles, CurrentCaller currentCaller) {
        this.episodes = episodes;
        this.profiles = profiles;
        this.currentCaller = currentCaller;
    }

    @PostMapping("/missing")
    @Operation(summary = "Report a child missing (carers, SSWs, social workers, the emergency duty team): joins the "
            + "child's open concern as a new missing episode, or raises a concern of category MISSING. "
            + "409 if the child is already reported missing.")
    ResponseEntity<ReportedMissing> missing(@PathVariable String childId, @RequestBody MissingRequest request) {
        Caller caller = reporter();
        if (request == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        Reported reported = episodes.reportMissing(childId, new MissingReport(request.lastSeenAt(), request.circumstances()),
                caller);
        return ResponseEntity.created(URI.create("/api/concerns/" + reported.reference()))
                .body(new ReportedMissing(reported.reference(), reported.episodeNumber(), reported.concernRaised()));
    }

    @PostMapping("/returned")
    @Operation(summary = "Report a missing child back (same people): ends the missing period and opens the return "
            + "interview, due within 72 hours of the return. 409 if the child is not reported missing.")
    ResponseEntity<ReportedBack> returned(@PathVariable String childId, @RequestBody ReturnedRequest request) {
        Caller caller = reporter();
        if (request == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        Returned returned = episodes.reportReturned(childId, request.returnedAt(), caller);
        return ResponseEntity.status(HttpStatus.OK)
                .body(new ReportedBack(returned.reference(), returned.episodeNumber(), returned.returnedAt()));
    }

    @GetMapping("/missing-person-profile")
    @Operation(summary = "The child's missing-person profile, for the police (anyone who may see the child); "
            + "404 if none was prepared")
    Profile profile(@PathVariable String childId) {
        Caller caller = currentCaller.current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
        return profiles.of(childId, caller).map(Profile::of)
                .orElseThrow(() -> new NotFoundException("Missing-person profile of " + childId));
    }

    @PutMapping("/missing-person-profile")
    @Operation(summary = "Prepare or update the child's missing-person profile (the child's carer, SSW or social "
            + "worker, or the emergency duty team); every part is optional")
    Profile updateProfile(@PathVariable String childId, @RequestBody ProfileDetails details) {
        Caller caller = reporter();
        if (details == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        return Profile.of(profiles.update(childId, details, caller));
    }

    /** Managers and administrators follow missing children on the dashboard; the people close to the child report. */
    private Caller reporter() {
        Caller caller = currentCaller.current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
        if (!(caller.hasRole(Roles.CARERS) || caller.hasRole(Roles.SSWS) || caller.hasRole(Roles.SOCIAL_WORKERS)
                || caller.hasRole(Roles.EMERGENCY_DUTY_TEAM))) {
            throw new ForbiddenException("Only carers, SSWs, social workers and the emergency duty team report a child "
                    + "missing or back");
        }
        return caller;
    }

    @Schema(description = "A child reported missing")
    record MissingRequest(
            @Schema(description = "When the child was last seen; not in the future",
                    requiredMode = Schema.RequiredMode.REQUIRED) Instant lastSeenAt,
            @Schema(description = "What happened, up to 4000 characters (optional)") String circumstances) {
    }

    @Schema(description = "A missing child reported back")
    record ReturnedRequest(
            @Schema(description = "When the child came back; not in the future and not before they were last seen",
                    requiredMode = Schema.RequiredMode.REQUIRED) Instant returnedAt) {
    }

    record Profile(String childId, ProfileDetails details, String updatedBy, Instant updatedAt) {
        static Profile of(MissingPersonProfile p) {
            return new Profile(p.getChildId(), p.details(), p.getUpdatedBy(), p.getUpdatedAt());
        }
    }

    record ReportedMissing(String reference, int episodeNumber, boolean concernRaised) {
    }

    record ReportedBack(String reference, int episodeNumber, Instant returnedAt) {
    }
}
