package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.fostering.safeguarding.security.EngineDoorRules.Verdict;

/** The engine doors' rules on their own, without Spring or an engine. */
class EngineDoorRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} {1} by a person: {2}, by an administrator: {3}")
    @CsvSource({
            "GET, /engine-rest/task, ALLOW, ALLOW",
            "GET, /camunda/api/engine/engine/default/task/t1/form-variables, ALLOW, ALLOW",
            "POST, /camunda/api/engine/engine/default/task/t1/claim, ALLOW, ALLOW",
            "POST, /engine-rest/task/t1/assignee, ALLOW, ALLOW",
            "POST, /engine-rest/task/t1/complete, TASK_FORM, TASK_FORM",
            "POST, /engine-rest/engine/default/task/t1/submit-form, TASK_FORM, TASK_FORM",
            "POST, /engine-rest/task/t1/resolve, FORBIDDEN, TASK_FORM",
            "POST, /engine-rest/process-definition/key/safeguardingConcern/submit-form, START_FORM, START_FORM",
            "POST, /engine-rest/process-definition/key/safeguardingConcern/start, FORBIDDEN, FORBIDDEN",
            "POST, /engine-rest/process-definition/safeguardingConcern:1:x/start, FORBIDDEN, FORBIDDEN",
            "POST, /engine-rest/process-definition/key/missingEpisode/tenant-id/t/start, FORBIDDEN, FORBIDDEN",
            "POST, /engine-rest/process-definition/p1/restart, FORBIDDEN, FORBIDDEN",
            "POST, /engine-rest/process-definition/key/safeguardingConcern/tenant-id/t/submit-form, FORBIDDEN, FORBIDDEN",
            "POST, /engine-rest/task/t1/comment/create, FORBIDDEN, ALLOW",
            "POST, /engine-rest/message, FORBIDDEN, FORBIDDEN",
            "POST, /engine-rest/mess%61ge;x=1, FORBIDDEN, FORBIDDEN",
            "POST, /engine-rest/signal, FORBIDDEN, FORBIDDEN",
            "POST, /engine-rest/deployment/create, FORBIDDEN, FORBIDDEN",
            "POST, /engine-rest/deployment/d1/redeploy, FORBIDDEN, FORBIDDEN",
            "DELETE, /engine-rest/deployment/d1, FORBIDDEN, FORBIDDEN",
            "GET, /engine-rest/deployment, FORBIDDEN, ALLOW",
            "POST, /engine-rest/filter/create, FORBIDDEN, FILTER_BODY",
            "PUT, /engine-rest/filter/f1, FORBIDDEN, FILTER_BODY",
            "DELETE, /engine-rest/filter/f1, FORBIDDEN, ALLOW",
            "POST, /camunda/api/engine/engine/default/filter/f1/list, FILTER_RUN, FILTER_RUN",
            "GET, /engine-rest/filter/f1/count, FILTER_RUN, FILTER_RUN",
            "POST, /engine-rest/authorization/create, FORBIDDEN, AUTHORIZATION_BODY",
            "PUT, /engine-rest/authorization/a1, FORBIDDEN, AUTHORIZATION_BODY",
            "PUT, /engine-rest/process-instance/p1/variables/sswId, FORBIDDEN, ALLOW",
            "POST, /engine-rest/process-instance/p1/modification, FORBIDDEN, ALLOW",
            "GET, /engine-rest/process-definition/statistics, FORBIDDEN, ALLOW",
            "GET, /engine-rest/history/process-instance/report, FORBIDDEN, ALLOW",
            "GET, /engine-rest/job, FORBIDDEN, ALLOW",
            "PUT, /engine-rest/job/j1/retries, FORBIDDEN, ALLOW",
            // a person's own password and profile: the engine lets each person change only their own user
            "PUT, /engine-rest/user/sophie/credentials, ALLOW, ALLOW",
            "PUT, /engine-rest/user/sophie/profile, ALLOW, ALLOW",
            "DELETE, /engine-rest/user/sophie, FORBIDDEN, ALLOW",
            "PUT, /engine-rest/group/fostering-managers/members/frank, FORBIDDEN, ALLOW",
            "GET, /engine-rest/user/sophie/profile, ALLOW, ALLOW",
            "OPTIONS, /camunda/api/engine/engine/default/filter, ALLOW, ALLOW",
            "GET, /camunda/api/engine/engine/, ALLOW, ALLOW"})
    void verdicts(String method, String uri, Verdict person, Verdict administrator) {
        EnginePath path = EnginePath.of(method, uri).orElseThrow();
        assertThat(EngineDoorRules.decide(path, false)).as("person").isEqualTo(person);
        assertThat(EngineDoorRules.decide(path, true)).as("administrator").isEqualTo(administrator);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/message%2Fx", "/engine-rest/task/../message", "/engine-rest/task/%2e%2e/message"})
    void pathsTheResourcesCouldReadOtherwiseAreNoEnginePath(String uri) {
        assertThat(EnginePath.of("POST", uri)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${currentUser()}", "${currentUserGroups()}", "${now()}", "${dateTime().toDate()}",
            "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}", "${dateTime().minusHours(12).toDate()}", "plain text"})
    void allowedExpressions(String value) {
        assertThat(EngineBodyRules.expression("f", value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${\"\".getClass().forName(\"java.lang.Runtime\")}", "#{currentUser()}", "${currentUser() }",
            "x${currentUser()}", "${concernRepository.findAll()}", "${dateTime().plusDays(1).getClass()}",
            "${currentUser()}${now()}"})
    void refusedExpressions(String value) {
        assertThat(EngineBodyRules.expression("f", value)).isPresent();
    }

    @Test
    void anExpressionAnywhereInAQueryIsFoundAndNamed() throws Exception {
        JsonNode body = JSON.readTree("{\"query\":{\"orQueries\":[{\"assigneeExpression\":\"${x.y()}\"}]}}");
        assertThat(EngineBodyRules.expressions(body, "").orElseThrow().field()).isEqualTo("query.orQueries[0].assigneeExpression");
    }

    @Test
    void variablesMustBeTheFormsFieldsWithTheirTypes() throws Exception {
        Map<String, String> fields = EngineBodyRules.declaredFields(JSON.readTree("""
                {"components":[{"type":"text","text":"x"},{"type":"textfield","key":"childId"},
                 {"type":"group","components":[{"type":"checkbox","key":"urgentFlag"}]},
                 {"type":"checklist","key":"indicators"},{"type":"number","key":"count"}]}"""));
        assertThat(fields).containsOnlyKeys("childId", "urgentFlag", "indicators", "count");
        assertThat(problem(fields, "{\"childId\":{\"value\":\"C-1\",\"type\":\"String\"},\"urgentFlag\":{\"value\":true},"
                + "\"indicators\":{\"value\":\"[\\\"A\\\"]\",\"type\":\"Json\"},\"count\":{\"value\":2,\"type\":\"Long\"}}")).isNull();
        assertThat(problem(fields, "{\"sswId\":{\"value\":\"x\"}}")).isEqualTo("sswId");
        assertThat(problem(fields, "{\"urgentFlag\":{\"value\":1}}")).isEqualTo("urgentFlag");
        assertThat(problem(fields, "{\"childId\":{\"value\":\"x\",\"type\":\"Object\"}}")).isEqualTo("childId");
        assertThat(problem(fields, "{\"indicators\":{\"value\":[1]}}")).isEqualTo("indicators");
        assertThat(EngineBodyRules.startForm(JSON.readTree("{\"businessKey\":\"SC-1\"}"), fields).orElseThrow().field())
                .isEqualTo("businessKey");
    }

    @Test
    void theClosedResourceTypesAreConcernContentDeploymentsAndBatches() {
        EnumSet<Resources> closed = EnumSet.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.TASK,
                Resources.HISTORIC_PROCESS_INSTANCE, Resources.HISTORIC_TASK, Resources.DECISION_DEFINITION,
                Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.OPERATION_LOG_CATEGORY, Resources.DEPLOYMENT,
                Resources.BATCH);
        assertThat(EngineBodyRules.CLOSED_RESOURCE_TYPES)
                .isEqualTo(closed.stream().map(Resources::resourceType).collect(Collectors.toSet()));
    }

    private static String problem(Map<String, String> fields, String variables) throws Exception {
        return EngineBodyRules.variables(JSON.readTree("{\"variables\":" + variables + "}"), fields)
                .map(EngineBodyRules.Problem::field).orElse(null);
    }
}
