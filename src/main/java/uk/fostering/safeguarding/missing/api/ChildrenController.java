package uk.fostering.safeguarding.missing.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.fostering.safeguarding.missing.MissingPersonProfile;
import uk.fostering.safeguarding.missing.MissingPersonProfileVersion;
import uk.fostering.safeguarding.missing.MissingPersonProfiles;
import uk.fostering.safeguarding.missing.MissingReport;
import uk.fostering.safeguarding.missing.ProfileDetails;
import uk.fostering.safeguarding.missing.ChildReports;
import uk.fostering.safeguarding.missing.ReportingMissing.Reported;
import uk.fostering.safeguarding.missing.ReportingMissing.Returned;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.web.ForbiddenException;

@RestController
@RequestMapping("/api/children/{childId}")
@Tag(name = "Missing from care", description = "Report a child missing and back; their missing-person profile")
@SecurityRequirement(name = "basic")
class ChildrenController {

    private final ChildReports episodes;
    private final MissingPersonProfiles profiles;
    private final CurrentCaller currentCaller;

    ChildrenController(ChildReports episodes, MissingPersonProfiles profiles, CurrentCaller currentCaller) {
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
        Caller caller = currentCaller.required();
        return profiles.of(childId, caller).map(Profile::of)
                .orElseThrow(() -> new NotFoundException("Missing-person profile of " + childId));
    }

    @PutMapping(path = "/missing-person-profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Prepare or replace the child's whole missing-person profile (the child's carer, SSW or "
            + "social worker, or the emergency duty team). Every part must be sent, null for a part left empty: "
            + "400 names each part missing, and nothing changes. The earlier version is kept (see versions).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    schema = @Schema(implementation = ProfileDocument.class))))
    Profile replaceProfile(@PathVariable String childId, @RequestBody(required = false) JsonNode body) {
        Caller caller = reporter();
        return Profile.of(profiles.replace(childId, ProfileBody.read(body), caller));
    }

    @PatchMapping(path = "/missing-person-profile", consumes = {MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Change some parts of the child's missing-person profile (same people), as a JSON merge "
            + "patch (RFC 7396; application/merge-patch+json or application/json): a part sent takes its new value, "
            + "null clears it, a part not sent keeps its value. The earlier version is kept (see versions).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ProfilePatch.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ProfilePatch.class))}))
    Profile patchProfile(@PathVariable String childId, @RequestBody(required = false) JsonNode body) {
        Caller caller = reporter();
        return Profile.of(profiles.patch(childId, ProfileBody.read(body), caller));
    }

    @GetMapping("/missing-person-profile/versions")
    @Operation(summary = "Every version of the child's missing-person profile, newest first, with the parts each "
            + "changed, who changed them and when (anyone who may see the child)")
    List<ProfileVersion> profileVersions(@PathVariable String childId) {
        Caller caller = currentCaller.required();
        return profiles.versions(childId, caller).stream().map(ProfileVersion::of).toList();
    }

    /** Managers and administrators follow missing children on the dashboard; the people close to the child report. */
    private Caller reporter() {
        Caller caller = currentCaller.required();
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

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Schema(description = "The whole missing-person profile: every part must be present; null leaves it empty")
    record ProfileDocument(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = 2000,
                    description = "How to recognise the child") String description,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = 200,
                    description = "Where the photo is held (never the photo)") String photoReference,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = 2000,
                    description = "Who the child may be with") String associates,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = 2000,
                    description = "Where the child may go") String places,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = 100,
                    description = "The child's phone") String phone,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = 500,
                    description = "How the child keeps in touch online") String socialMedia) {
    }

    @Schema(description = "A JSON merge patch of the profile: only the parts to change; null clears a part")
    record ProfilePatch(
            @Schema(nullable = true, maxLength = 2000) String description,
            @Schema(nullable = true, maxLength = 200) String photoReference,
            @Schema(nullable = true, maxLength = 2000) String associates,
            @Schema(nullable = true, maxLength = 2000) String places,
            @Schema(nullable = true, maxLength = 100) String phone,
            @Schema(nullable = true, maxLength = 500) String socialMedia) {
    }

    @Schema(description = "One version of the profile as it stood after a change; changedFields lists the parts "
            + "changed (\"all\" for a profile prepared before versions were kept)")
    record ProfileVersion(int version, ProfileDetails details, List<String> changedFields, String changedBy,
            Instant changedAt) {
        static ProfileVersion of(MissingPersonProfileVersion v) {
            return new ProfileVersion(v.getVersionNumber(), v.details(), List.of(v.getChangedFields().split(", ")),
                    v.getChangedBy(), v.getChangedAt());
        }
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
