package uk.fostering.safeguarding.registryadmin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.registryadmin.RegistryImport.Report;
import uk.fostering.safeguarding.web.ForbiddenException;

@RestController
@Tag(name = "Registry", description = "The service's carers, children, placements and staff")
@SecurityRequirement(name = "basic")
class RegistryImportController {

    private final RegistryImport registryImport;
    private final CurrentCaller currentCaller;

    RegistryImportController(RegistryImport registryImport, CurrentCaller currentCaller) {
        this.registryImport = registryImport;
        this.currentCaller = currentCaller;
    }

    @PostMapping(path = "/api/registry/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the registry from CSV files (fostering managers)", description = """
            multipart/form-data with one CSV file (UTF-8, a header row) per part, any of: authorities, staff, \
            households, carers, children, placements (columns: README "Going live from a spreadsheet"; templates in \
            src/main/resources/registry-import/). dryRun=true (the default) checks every row and writes nothing; \
            dryRun=false writes everything, or nothing if any row has a problem. Records are matched by their natural \
            keys (user id, household id, child id; a placement by child, household, kind and from), so the same files \
            again change nothing. Each problem names the file, its line (1 is the header) and column.""")
    @ApiResponse(responseCode = "200", description = "A dry run (problems listed, nothing written) or an import done")
    @ApiResponse(responseCode = "400", description = "A real run refused: the problems, and nothing was written")
    @ApiResponse(responseCode = "403", description = "The caller is not a fostering manager")
    ResponseEntity<Report> importFiles(
            @Parameter(description = "true: check only; false: write") @RequestParam(defaultValue = "true") boolean dryRun,
            MultipartHttpServletRequest request) {
        Caller caller = currentCaller.required();
        if (!caller.hasRole(Roles.MANAGERS)) {
            throw new ForbiddenException("Only fostering managers import the registry");
        }
        Map<String, Reader> files = new LinkedHashMap<>();
        request.getFileMap().forEach((part, file) -> files.put(part, reader(file)));
        Report report = registryImport.run(files, dryRun, caller.userId());
        return dryRun || report.imported() ? ResponseEntity.ok(report) : ResponseEntity.badRequest().body(report);
    }

    private static Reader reader(MultipartFile file) {
        try {
            return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
