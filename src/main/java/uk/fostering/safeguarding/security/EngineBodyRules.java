package uk.fostering.safeguarding.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the engine's doors accept in a body, once the path has said the body must be looked at: the
 * variables of a start form or task completion are the fields the form declares, typed as the form
 * says; a query holds no expression but the few the service's own Tasklist filters use; a grant never
 * opens concern content or deployments. Each refusal names the field, for a 400.
 */
final class EngineBodyRules {

    /** A refused field and why; forbidden (403) when the body is well-formed but asks for what nobody may have, else 400. */
    record Problem(String field, String message, boolean forbidden) {

        Problem(String field, String message) {
            this(field, message, false);
        }

        static Problem closedGrant() {
            return new Problem("resourceType", "grants on concern content, models or deployments are written only "
                    + "by the service itself", true);
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    /**
     * The expressions Tasklist filters may hold (escalation/TasklistFilters): the signed-in person,
     * their groups, now, and now moved by whole units. Anything else (any method call on anything else,
     * any {@code #{...}}) could run code on the server.
     */
    static final Pattern ALLOWED_EXPRESSION = Pattern.compile("\\$\\{(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
            + "|dateTime\\(\\)(\\.withTimeAtStartOfDay\\(\\)|\\.(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds)"
            + "\\(\\d{1,4}\\))*(\\.toDate\\(\\))?)}");

    /**
     * Camunda's resource type codes ({@code org.camunda.bpm.engine.authorization.Resources}) whose grants open
     * a concern's content, run code or change models: process definition 6, task 7, process instance 8,
     * deployment 9, decision definition 10, batch 13, decision requirements definition 14, operation log
     * category 17, historic task 19, historic process instance 20 (EngineDoorRulesTest checks the codes).
     */
    static final Set<Integer> CLOSED_RESOURCE_TYPES = Set.of(6, 7, 8, 9, 10, 13, 14, 17, 19, 20);

    private static final Set<String> TEXT = Set.of("textfield", "textarea", "select", "radio", "datetime");
    private static final Set<String> NUMBERS = Set.of("Integer", "Long", "Short", "Double");

    private EngineBodyRules() {
    }

    /** The fields a form-js form declares (every component with a key, nested ones too), by key, with their component type. */
    static Map<String, String> declaredFields(JsonNode form) {
        Map<String, String> fields = new HashMap<>();
        collect(form.path("components"), fields);
        return fields;
    }

    private static void collect(JsonNode components, Map<String, String> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                fields.put(component.get("key").asText(), component.path("type").asText());
            }
            collect(component.path("components"), fields);
        }
    }

    /** A start form's body: no business key (the intake makes the reference), and only the form's fields. */
    static Optional<Problem> startForm(JsonNode body, Map<String, String> fields) {
        if (body.has("businessKey")) {
            return Optional.of(new Problem("businessKey", "is made by the service; it cannot be sent"));
        }
        return variables(body, fields);
    }

    /** A completion's body (or a start form's): every variable a field of the form, with a value of its type. */
    static Optional<Problem> variables(JsonNode body, Map<String, String> fields) {
        JsonNode variables = body.path("variables");
        if (variables.isMissingNode() || variables.isNull()) {
            return Optional.empty();
        }
        if (!variables.isObject()) {
            return Optional.of(new Problem("variables", "must be an object of the form's fields"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            String type = fields.get(variable.getKey());
            if (type == null) {
                return Optional.of(new Problem(variable.getKey(), "is not a field of this form"));
            }
            if (!fitsComponent(type, variable.getValue())) {
                return Optional.of(new Problem(variable.getKey(), "has a value of the wrong type for this form"));
            }
        }
        return Optional.empty();
    }

    private static boolean fitsComponent(String component, JsonNode variable) {
        if (!variable.isObject()) {
            return false;
        }
        JsonNode value = variable.path("value");
        String type = variable.path("type").asText("");
        if (value.isMissingNode() || value.isNull()) {
            return Set.of("", "Null", "String", "Boolean", "Json").contains(type) || NUMBERS.contains(type);
        }
        if (TEXT.contains(component)) {
            return value.isTextual() && (type.isEmpty() || type.equals("String"));
        }
        return switch (component) {
            case "checkbox" -> value.isBoolean() && (type.isEmpty() || type.equals("Boolean"));
            case "number" -> value.isNumber() && (type.isEmpty() || NUMBERS.contains(type));
            case "checklist", "taglist" -> (type.isEmpty() || type.equals("Json") || type.equals("String"))
                    && isListOfText(value);
            default -> false;
        };
    }

    private static boolean isListOfText(JsonNode value) {
        JsonNode list = value;
        if (value.isTextual()) {
            try {
                list = new ObjectMapper().readTree(value.asText());
            } catch (Exception e) {
                return false;
            }
        }
        if (list == null || !list.isArray()) {
            return false;
        }
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** Every text anywhere in a (filter's or a query's) body that holds an expression must be an allowed one. */
    static Optional<Problem> expressions(JsonNode node, String path) {
        if (node.isTextual()) {
            return expression(path, node.asText());
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<Problem> problem = expressions(node.get(i), path + "[" + i + "]");
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Optional<Problem> problem = expressions(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** One stored or sent value: no expression at all, or exactly an allowed one. */
    static Optional<Problem> expression(String field, String value) {
        boolean holdsExpression = value.contains("${") || value.contains("#{");
        if (holdsExpression && !ALLOWED_EXPRESSION.matcher(value).matches()) {
            return Optional.of(new Problem(field, "holds an expression that is not allowed; only ${currentUser()}, "
                    + "${currentUserGroups()}, ${now()} and ${dateTime()...} are"));
        }
        return Optional.empty();
    }

    /** An ad-hoc query (body or URL parameters) holds no expression at all: only stored filters may, and only allowed ones. */
    static Optional<Problem> noExpression(String field, String value) {
        if (value.contains("${") || value.contains("#{")) {
            return Optional.of(new Problem(field, "holds an expression; a query sent to the engine may hold none"));
        }
        return Optional.empty();
    }

    /** Every text anywhere in an ad-hoc query's body: no expression. */
    static Optional<Problem> noExpressions(JsonNode node, String path) {
        if (node.isTextual()) {
            return noExpression(path, node.asText());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            Optional<Problem> problem = noExpressions(node.get(i), path + "[" + i + "]");
            if (problem.isPresent()) {
                return problem;
            }
        }
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Optional<Problem> problem = noExpressions(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** A grant (new, or the new state of one) on a resource type that opens concern content or deployments is refused. */
    static Optional<Problem> authorization(JsonNode body) {
        JsonNode type = body.path("resourceType");
        if (!type.isInt()) {
            return Optional.of(new Problem("resourceType", "must be given as a number"));
        }
        if (CLOSED_RESOURCE_TYPES.contains(type.asInt())) {
            return Optional.of(Problem.closedGrant());
        }
        return Optional.empty();
    }
}
