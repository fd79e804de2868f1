package uk.fostering.safeguarding.registryadmin;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.reallocation.KeepOn;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.registryadmin.RegistryImport.Report;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.InvalidInputException.FieldProblem;
import uk.fostering.safeguarding.shared.NotFoundException;
import uk.fostering.safeguarding.web.ForbiddenException;

/**
 * The registry's records one at a time, as JSON, by the rules of the import: a record is matched by its key, so
 * the same PUT adds it the first time and changes nothing after; ending is a change of its end date (a placement's
 * {@code to}, a carer's {@code approved_to}, a member of staff's {@code left_on}).
 */
@RestController
@Tag(name = "Registry", description = "The service's carers, children, placements and staff")
@SecurityRequirement(name = "basic")
class RegistryRecordsController {

    /** The reason goes in a chronology line of at most 500 characters, with the ids of who changed. */
    private static final int MAX_REASON = 200;

    private final RegistryRecords registry;
    private final CurrentCaller currentCaller;

    RegistryRecordsController(RegistryRecords registry, CurrentCaller currentCaller) {
        this.registry = registry;
        this.currentCaller = currentCaller;
    }

    @PutMapping("/api/registry/{part}")
    @Operation(summary = "Add, change or end one record of the registry (fostering managers)", description = """
            part: authorities, staff, households, carers, children or placements. The body is a JSON object whose \
            fields are the columns of that part's import file (README "Going live from a spreadsheet"), each a \
            string or null; a field left out is empty. Added if its key is new, changed if it differs, nothing if \
            equal. End a placement with "to", a carer's approval with "approved_to", employment with "left_on"; a \
            new SSW for a household or social worker for a child ends the previous one on ssw_from / \
            social_worker_from (today if empty) and keeps it as history. Staff and carers also take first_name, \
            last_name and email, their login's: a new person's login is made in the same step (all three required) \
            and emailed a one-time link to set their own password; an existing login is linked to the role's group. \
            Someone whose approved_to or left_on has come can no longer sign in.""")
    @Parameter(name = "keepPreviousCarers", description = "true: the carers whose placement this change ends keep "
            + "seeing the child's open concerns (otherwise they lose them at once); needs a reason")
    @Parameter(name = "reason", description = "Why the previous carers are kept on (with keepPreviousCarers=true; "
            + "up to 200 characters); it goes in each concern's chronology")

    @ApiResponse(responseCode = "200", description = "Stored (changes: 1 if it was added or changed, 0 if equal)")
    @ApiResponse(responseCode = "400", description = "Each field with a problem and why; nothing was stored")
    @ApiResponse(responseCode = "403", description = "The caller is not a fostering manager")
    Report put(@PathVariable String part, @RequestBody JsonNode body,
            @RequestParam(defaultValue = "false") boolean keepPreviousCarers, @RequestParam(required = false) String reason) {
        Caller caller = currentCaller.required();
        if (!caller.hasRole(Roles.MANAGERS)) {
            throw new ForbiddenException("Only fostering managers change the registry");
        }
        ImportFile file = ImportFile.named(part).orElseThrow(() -> new NotFoundException("Registry part"));
        RegistryRecords.Saved saved = registry.save(file, values(body), caller.userId(),
                keepOn(keepPreviousCarers, reason, caller));
        Report report = saved.report();
        if (!report.problems().isEmpty()) {
            throw new InvalidInputException(report.problems().stream()
                    .map(problem -> new FieldProblem(problem.column() == null ? "body" : problem.column(),
                            problem.message())).toList());
        }
        registry.invite(saved);
        return report;
    }

    /** A manager's decision to keep the previous carers on, which must say why. */
    private static Optional<KeepOn> keepOn(boolean keep, String reason, Caller manager) {
        if (!keep) {
            if (reason != null) {
                throw InvalidInputException.of("reason", "is only for keepPreviousCarers=true");
            }
            return Optional.empty();
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "must say why the previous carers are kept on");
        }
        if (reason.length() > MAX_REASON || reason.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw InvalidInputException.of("reason", "must be up to " + MAX_REASON + " characters, without control "
                    + "characters");
        }
        return Optional.of(new KeepOn(manager.userId(), reason.strip()));
    }

    private static Map<String, String> values(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        Map<String, String> values = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        body.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isNull() || value.isTextual()) {
                values.put(field.getKey(), value.isNull() ? null : value.textValue());
            } else {
                problems.add(new FieldProblem(field.getKey(), "must be a string or null"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return values;
    }
}
