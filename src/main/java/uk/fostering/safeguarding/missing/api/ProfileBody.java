package uk.fostering.safeguarding.missing.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.fostering.safeguarding.missing.ProfileChange;
import uk.fostering.safeguarding.missing.ProfileField;
import uk.fostering.safeguarding.shared.InvalidInputException;
import uk.fostering.safeguarding.shared.InvalidInputException.FieldProblem;

/**
 * Reads a profile request's JSON object as the parts it sends: which parts are present matters (a PUT must
 * send all, a PATCH changes only those), so the body is read as a tree rather than bound to a record.
 * Unknown parts and values that are not a string or null are refused, each named.
 */
final class ProfileBody {

    private ProfileBody() {
    }

    static ProfileChange read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
        List<FieldProblem> problems = new ArrayList<>();
        body.fields().forEachRemaining(entry -> {
            Optional<ProfileField> field = ProfileField.named(entry.getKey());
            JsonNode value = entry.getValue();
            if (field.isEmpty()) {
                problems.add(new FieldProblem(entry.getKey(), "is not a known field"));
            } else if (value.isNull()) {
                values.put(field.get(), null);
            } else if (value.isTextual()) {
                values.put(field.get(), value.textValue());
            } else {
                problems.add(new FieldProblem(entry.getKey(), "must be a string or null"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ProfileChange(values);
    }
}
