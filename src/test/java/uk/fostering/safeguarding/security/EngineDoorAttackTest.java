package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.MissingProcess;

/**
 * Issue 12's findings 1-3 as they were made, through both of the engine's doors ({@code /engine-rest} with
 * HTTP Basic, Tasklist's {@code /camunda/api/engine} with its session and CSRF token), with their variants
 * for the missing-from-care processes and messages. Each attack gets its exact status and leaves the
 * concern as it was: its record as its own people see it, routing and risk, the open steps and who
 * they are offered to, and no email to the attacker; no expression ran code. The legitimate flows the
 * doors must keep open are proven at the end. frank is carer of C-1003 only; carol's C-1001 has SSW sam
 * and social worker sophie.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineDoorAttackTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    private static final Set<String> ROUTING = Set.of(Vars.REFERENCE.name(), Vars.CARER_ID.name(), Vars.SSW_ID.name(), Vars.SOCIAL_WORKER_ID.name(),
            Vars.RISK_LEVEL.name(), Vars.CHILD_AGE.name(), Vars.IMMEDIATE_DANGER.name(), Vars.RAISED_BY.name(), Vars.URGENT.name());
    private static final String CODE = "${\"\".getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"touch %s\")}";

    enum Door {
        REST("/engine-rest"), TASKLIST("/camunda/api/engine/engine/default");

        final String base;

        Door(String base) {
            this.base = base;
        }
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    private final Map<String, TasklistLogin> sessions = new HashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    /** What must not move: the record as carol sees it, the process's routing, the open steps and their candidates. */
    record Snapshot(String status, String riskLevel, int chronology, Map<String, Object> routing, List<String> steps,
            Set<String> candidates, long instances) {
    }

    // ---- finding 1: a forged concern ----

    @ParameterizedTest
    @EnumSource(Door.class)
    void frankCannotStartCarolsConcernWithHisOwnReferenceAndPeople(Door door) throws Exception {
        String carols = raise("carol", "C-1001");
        Snapshot before = snapshot(carols);
        String variables = """
                {"businessKey":"%s","variables":{"concernReference":{"value":"%s"},"childId":{"value":"C-1001"},
                 "carerId":{"value":"frank"},"sswId":{"value":"frank"},"socialWorkerId":{"value":"frank"},
                 "childAge":{"value":17,"type":"Integer"},"immediateDanger":{"value":false},"riskLevel":{"value":"LOW"}}}"""
                .formatted(carols, carols);

        for (String key : List.of(ConcernProcess.KEY, MissingProcess.KEY, MissingProcess.REPORT_MISSING_KEY,
                MissingProcess.REPORT_RETURNED_KEY)) {
            for (String user : List.of("frank", "admin")) {
                HttpResponse<String> start = call(door, user, "POST", "/process-definition/key/" + key + "/start", variables);
                assertThat(start.statusCode()).as(key + " by " + user).isEqualTo(403);
                assertThat(json.readTree(start.body()).get("type").asText()).isEqualTo("Forbidden");
            }
        }
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ConcernProcess.KEY).latestVersion().singleResult().getId();
        assertThat(call(door, "frank", "POST", "/process-definition/" + definition + "/start", variables).statusCode())
                .isEqualTo(403);

        assertUnchanged(carols, before);
        assertThat(get("frank", "/api/concerns/" + carols).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void startFormsTakeNoBusinessKeyAndNoRoutingVariables(Door door) throws Exception {
        String carols = raise("carol", "C-1001");
        Snapshot before = snapshot(carols);
        long instances = allInstances();
        String form = startFormBody("C-1003");

        assertRefused(call(door, "frank", "POST", "/process-definition/key/safeguardingConcern/submit-form",
                withBusinessKey(form, carols)), "businessKey");
        for (String routing : List.of("concernReference", "carerId", "sswId", "socialWorkerId", "childAge", "riskLevel",
                "raisedBy")) {
            assertRefused(call(door, "frank", "POST", "/process-definition/key/safeguardingConcern/submit-form",
                    withVariable(form, routing, "\"" + carols + "\"")), routing);
        }
        // a form field with a value of another type than the form's
        assertRefused(call(door, "frank", "POST", "/process-definition/key/safeguardingConcern/submit-form",
                form.replace("\"immediateDanger\":{\"value\":false,\"type\":\"Boolean\"}",
                        "\"immediateDanger\":{\"value\":1,\"type\":\"Integer\"}")), "immediateDanger");
        // the missing-from-care entries, and the episode process that has no start form at all
        String missing = """
                {"variables":{"childId":{"value":"C-1003"},%s}}""".formatted(
                TestConcerns.dateTimeJson(MissingProcess.FormFields.LAST_SEEN_AT, anHourAgo()));
        assertRefused(call(door, "frank", "POST", "/process-definition/key/reportChildMissing/submit-form",
                withVariable(missing, "sswId", "\"frank\"")), "sswId");
        assertRefused(call(door, "frank", "POST", "/process-definition/key/reportChildMissing/submit-form",
                withBusinessKey(missing, carols)), "businessKey");
        assertRefused(call(door, "frank", "POST", "/process-definition/key/reportChildReturned/submit-form",
                """
                {"variables":{"childId":{"value":"C-1001"},%s,"concernReference":{"value":"%s"}}}"""
                        .formatted(TestConcerns.dateTimeJson(MissingProcess.FormFields.RETURNED_AT, anHourAgo()), carols)),
                "concernReference");
        assertRefused(call(door, "admin", "POST", "/process-definition/key/missingEpisode/submit-form", """
                {"variables":{"concernReference":{"value":"%s"},"carerId":{"value":"admin"}}}""".formatted(carols)),
                "concernReference");

        assertThat(allInstances()).isEqualTo(instances);
        assertUnchanged(carols, before);
    }

    @Test
    void insideTheEngineAStartIsTrustedOnlyWhenTheServiceMadeIt() {
        String carols = raise("carol", "C-1001");
        Snapshot before = snapshot(carols);
        TestConcerns concerns = new TestConcerns(engine);
        Map<String, Object> forged = new HashMap<>(TestConcerns.startForm("C-1003", "anything"));
        forged.put(Vars.REFERENCE.name(), carols);
        forged.put(Vars.SSW_ID.name(), "frank");

        assertThatThrownBy(() -> concerns.as("frank", () -> engine.getRuntimeService()
                .startProcessInstanceByKey(ConcernProcess.KEY, carols, forged))).hasMessageContaining("businessKey");
        assertThatThrownBy(() -> concerns.raiseInTasklist("frank", forged)).hasMessageContaining(Vars.REFERENCE.name());
        Map<String, Object> episode = Map.of(Vars.REFERENCE.name(), carols, Vars.CARER_ID.name(), "frank", Vars.SSW_ID.name(), "frank",
                Vars.SOCIAL_WORKER_ID.name(), "frank", Vars.RISK_LEVEL.name(), "LOW", Vars.URGENT.name(), false);
        // even as the system, with no authorization check in the way
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(MissingProcess.KEY, carols, episode))
                .hasMessageContaining("businessKey");
        assertUnchanged(carols, before);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void childMissingAndReturnedMessagesAndSignalsAreClosedWhetherTheReferenceExistsOrNot(Door door) throws Exception {
        String carols = raise("carol", "C-1001");
        Snapshot before = snapshot(carols);
        for (String message : List.of(ConcernProcess.Messages.CHILD_MISSING, ConcernProcess.Messages.CHILD_RETURNED,
                ConcernProcess.Messages.SOCIAL_WORKER_NOTICE_REQUESTED)) {
            for (String user : List.of("frank", "carol", "admin")) {
                HttpResponse<String> existing = call(door, user, "POST", "/message", correlation(message, carols));
                HttpResponse<String> missing = call(door, user, "POST", "/message", correlation(message, "SC-1999-999999"));
                assertThat(existing.statusCode()).as(message + " by " + user).isEqualTo(403);
                assertThat(existing.body()).isEqualTo(missing.body());
                assertThat(missing.statusCode()).isEqualTo(403);
            }
        }
        assertThat(call(door, "admin", "POST", "/signal", "{\"name\":\"anything\",\"variables\":{}}").statusCode())
                .isEqualTo(403);
        // matrix parameters and encoded letters reach the same resource, and meet the same refusal
        assertThat(call(door, "frank", "POST", "/mess%61ge;x=1", correlation(ConcernProcess.Messages.CHILD_MISSING, carols))
                .statusCode()).isEqualTo(403);
        assertUnchanged(carols, before);
    }

    // ---- finding 2: rerouting by completion variables ----

    @ParameterizedTest
    @EnumSource(Door.class)
    void carolCannotRerouteHerConcernByCompletingWithRoutingVariables(Door door) throws Exception {
        String carols = raise("carol", "C-1001");
        Snapshot before = snapshot(carols);
        String task = new TestConcerns(engine).openTask(carols, Ids.RECORD_CONCERN).getId();
        String record = "{\"variables\":{\"recordFacts\":{\"value\":\"Came home at 11pm.\",\"type\":\"String\"}}}";

        for (String action : List.of("complete", "submit-form")) {
            for (String routing : List.of("sswId", "socialWorkerId", "riskLevel", "carerId", "concernReference")) {
                assertRefused(call(door, "carol", "POST", "/task/" + task + "/" + action,
                        withVariable(record, routing, "\"carol\"")), routing);
            }
            assertRefused(call(door, "carol", "POST", "/task/" + task + "/" + action,
                    "{\"variables\":{\"recordFacts\":{\"value\":42,\"type\":\"Integer\"}}}"), "recordFacts");
            assertRefused(call(door, "carol", "POST", "/task/" + task + "/" + action,
                    "{\"variables\":{\"recordFacts\":{\"value\":\"rO0AB\",\"type\":\"Object\",\"valueInfo\":"
                            + "{\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}"), "recordFacts");
        }
        // variables and local variables of the task, its process and its execution are not a person's to write
        String instance = instanceOf(carols);
        for (String[] write : List.of(new String[] {"PUT", "/task/" + task + "/variables/sswId"},
                new String[] {"POST", "/task/" + task + "/variables"}, new String[] {"PUT", "/task/" + task + "/localVariables/sswId"},
                new String[] {"PUT", "/process-instance/" + instance + "/variables/sswId"},
                new String[] {"POST", "/process-instance/" + instance + "/variables"},
                new String[] {"POST", "/execution/" + instance + "/localVariables"},
                new String[] {"POST", "/process-instance/" + instance + "/modification"},
                new String[] {"DELETE", "/process-instance/" + instance}, new String[] {"POST", "/task/" + task + "/identity-links"},
                new String[] {"POST", "/process-instance/suspended"}, new String[] {"PUT", "/task/" + task})) {
            HttpResponse<String> response = call(door, "carol", write[0], write[1], """
                    {"value":"carol","modifications":{"sswId":{"value":"carol"}},"userId":"carol"}""");
            assertThat(response.statusCode()).as(write[0] + " " + write[1]).isEqualTo(403);
        }

        assertUnchanged(carols, before);
        assertThat(new TestConcerns(engine).openTask(carols, Ids.ADVISE_CARER)).isNull();
    }

    @Test
    void insideTheEngineACompletionCannotChangeARoutingFact() {
        String carols = raise("carol", "C-1001");
        TestConcerns concerns = new TestConcerns(engine);
        concerns.claim(carols, Ids.RECORD_CONCERN);
        Snapshot before = snapshot(carols);
        for (String routing : List.of(Vars.SSW_ID.name(), Vars.SOCIAL_WORKER_ID.name(), Vars.RISK_LEVEL.name())) {
            assertThatThrownBy(() -> concerns.complete(carols, Ids.RECORD_CONCERN,
                    Map.of("recordFacts", "Came home at 11pm.", routing, "carol"))).hasMessageContaining(routing);
        }
        assertUnchanged(carols, before);
    }

    // ---- finding 3: code execution by an administrator ----

    @ParameterizedTest
    @EnumSource(Door.class)
    void adminCannotRunCodeThroughAFilterQuery(Door door) throws Exception {
        Path marker = Path.of(System.getProperty("java.io.tmpdir"), "engine-door-" + UUID.randomUUID());
        String expression = CODE.formatted(marker).replace("\"", "\\\"");
        String name = "attack-" + UUID.randomUUID();
        String filter = """
                {"resourceType":"Task","name":"%s","query":{"assigneeExpression":"%s"},"properties":{}}"""
                .formatted(name, expression);

        assertRefused(call(door, "admin", "POST", "/filter/create", filter), "query.assigneeExpression");
        assertRefused(call(door, "admin", "POST", "/filter/create", filter.replace("${", "#{")), "query.assigneeExpression");
        assertThat(engine.getFilterService().createFilterQuery().filterName(name).count()).isZero();
        Filter myTasks = engine.getFilterService().createFilterQuery().filterName("My tasks").singleResult();
        assertRefused(call(door, "admin", "PUT", "/filter/" + myTasks.getId(), filter), "query.assigneeExpression");
        assertThat(engine.getFilterService().getFilter(myTasks.getId()).getName()).isEqualTo("My tasks");
        // ad-hoc queries hold no expression at all (enable-expressions-in-adhoc-queries: false) ...
        assertRefused(call(door, "mark", "POST", "/task?maxResults=10", "{\"assigneeExpression\":\"" + expression + "\"}"),
                "assigneeExpression");
        assertRefused(call(door, "admin", "GET", "/task?maxResults=10&assigneeExpression="
                + URLEncoder.encode(CODE.formatted(marker), StandardCharsets.UTF_8), null), "assigneeExpression");
        // ... and a filter stored with one before the door existed is not run for anyone
        Filter stored = engine.getFilterService().saveFilter(engine.getFilterService().newTaskFilter(name)
                .setQuery(engine.getTaskService().createTaskQuery().taskAssigneeExpression(CODE.formatted(marker))));
        try {
            for (String run : List.of("list", "count", "singleResult")) {
                assertRefused(call(door, "admin", "POST", "/filter/" + stored.getId() + "/" + run + "?maxResults=10", "{}"),
                        "query.taskAssignee");
                assertRefused(call(door, "admin", "GET", "/filter/" + stored.getId() + "/" + run + "?maxResults=10", null),
                        "query.taskAssignee");
            }
        } finally {
            engine.getFilterService().deleteFilter(stored.getId());
        }
        // people do not make filters at all
        assertThat(call(door, "carol", "POST", "/filter/create", """
                {"resourceType":"Task","name":"%s","query":{},"properties":{}}""".formatted(name)).statusCode()).isEqualTo(403);

        assertThat(marker).doesNotExist();
        // an administrator may still make a filter with the expressions Tasklist's own filters use
        HttpResponse<String> allowed = call(door, "admin", "POST", "/filter/create", """
                {"resourceType":"Task","name":"%s","query":{"candidateUserExpression":"${currentUser()}",
                 "dueBeforeExpression":"${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}"},"properties":{}}"""
                .formatted(name));
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        engine.getFilterService().deleteFilter(json.readTree(allowed.body()).get("id").asText());
    }

    /** CVE-2026-109432: Camunda's ad-hoc check misses or-queries, so a signed-in carer could run code with one. */
    @ParameterizedTest
    @EnumSource(Door.class)
    void nobodyRunsCodeThroughAnOrQueryOfAnAdHocTaskQuery(Door door) throws Exception {
        Path marker = Path.of(System.getProperty("java.io.tmpdir"), "engine-door-" + UUID.randomUUID());
        String expression = CODE.formatted(marker).replace("\"", "\\\"");
        String query = "{\"orQueries\":[{\"dueAfterExpression\":\"" + expression + "\"}]}";

        for (String user : List.of("carol", "mark", "admin")) {
            assertRefused(call(door, user, "POST", "/task?maxResults=10", query), "orQueries[0].dueAfterExpression");
            assertRefused(call(door, user, "POST", "/task/count", query), "orQueries[0].dueAfterExpression");
        }
        assertThat(marker).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void adminCannotGrantHimselfDeploymentsNorDeployCode(Door door) throws Exception {
        Path marker = Path.of(System.getProperty("java.io.tmpdir"), "engine-door-" + UUID.randomUUID());
        long grants = engine.getAuthorizationService().createAuthorizationQuery().count();
        for (Resources resource : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE,
                Resources.TASK, Resources.HISTORIC_PROCESS_INSTANCE, Resources.HISTORIC_TASK, Resources.DECISION_DEFINITION,
                Resources.OPERATION_LOG_CATEGORY, Resources.BATCH)) {
            HttpResponse<String> grant = call(door, "admin", "POST", "/authorization/create", """
                    {"type":1,"permissions":["ALL"],"userId":"admin","resourceType":%d,"resourceId":"*"}"""
                    .formatted(resource.resourceType()));
            assertThat(grant.statusCode()).as(resource.name()).isEqualTo(403);
            assertThat(grant.body()).contains("resourceType");
        }
        // nor turn an existing grant on deployments into another one
        String deploymentRead = engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("camunda-admin")
                .resourceType(Resources.DEPLOYMENT).list().get(0).getId();
        assertThat(call(door, "admin", "PUT", "/authorization/" + deploymentRead, """
                {"permissions":["ALL"],"groupId":"camunda-admin","resourceType":1,"resourceId":"*"}""").statusCode())
                .isEqualTo(403);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(grants);

        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="x">
                  <bpmn:process id="attack" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/>
                    <bpmn:serviceTask id="t" camunda:expression="%s"/>
                  </bpmn:process>
                </bpmn:definitions>""".formatted(CODE.formatted(marker).replace("\"", "&quot;"));
        for (String user : List.of("admin", "carol")) {
            assertThat(deploy(door, user, bpmn).statusCode()).as(user).isEqualTo(403);
        }
        String deployment = engine.getRepositoryService().createDeploymentQuery().list().get(0).getId();
        assertThat(call(door, "admin", "POST", "/deployment/" + deployment + "/redeploy", "{}").statusCode()).isEqualTo(403);
        assertThat(call(door, "admin", "DELETE", "/deployment/" + deployment, null).statusCode()).isEqualTo(403);
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("attack").count()).isZero();
        assertThat(marker).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void peopleMeetOnlyWhatTasklistUses(Door door) throws Exception {
        for (String path : List.of("/process-definition/statistics", "/metrics/activity-instance/sum", "/job?maxResults=10",
                "/job-definition?maxResults=10", "/batch", "/external-task?maxResults=10", "/deployment?maxResults=10",
                "/authorization?maxResults=10", "/decision-definition?maxResults=10",
                "/execution?maxResults=10", "/variable-instance?maxResults=10")) {
            HttpResponse<String> response = call(door, "frank", "GET", path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(json.readTree(response.body()).get("type").asText()).isEqualTo("Forbidden");
        }
        assertThat(call(door, "frank", "POST", "/decision-definition/key/riskLevel/evaluate", "{\"variables\":{}}")
                .statusCode()).isEqualTo(403);
        assertThat(call(door, "frank", "POST", "/user/create", "{\"profile\":{\"id\":\"x\"}}").statusCode()).isEqualTo(403);
        // a task of no concern: neither a carer nor a manager may create one (Tasklist offers nobody "Create task")
        for (String user : List.of("frank", "mark")) {
            assertThat(call(door, user, "POST", "/task/create", "{\"name\":\"A task of no concern\"}").statusCode())
                    .as(user).isEqualTo(403);
        }
        assertThat(engine.getTaskService().createTaskQuery().taskName("A task of no concern").count()).isZero();
        // a person may change their own password (the Welcome app's "My profile"), and nobody else's
        assertThat(call(door, "frank", "PUT", "/user/sophie/credentials",
                "{\"password\":\"frank-chose-this-one\",\"authenticatedUserPassword\":\"frank\"}").statusCode())
                .as("the engine: frank may not even see sophie's user").isIn(403, 404);
        assertThat(engine.getIdentityService().checkPassword("sophie", "sophie")).isTrue();
        assertThat(call(door, "frank", "PUT", "/user/sophie/profile",
                "{\"id\":\"sophie\",\"firstName\":\"S\",\"lastName\":\"S\",\"email\":\"frank@example.org\"}")
                .statusCode()).isIn(403, 404);
        assertThat(engine.getIdentityService().createUserQuery().userId("sophie").singleResult().getEmail())
                .isEqualTo("sophie@example.org");
        // comments on his own task: free text about a child stays out of the engine's tables
        Task task = new TestConcerns(engine).openTask(raise("frank", "C-1003"), Ids.RECORD_CONCERN);
        assertThat(call(door, "frank", "POST", "/task/" + task.getId() + "/comment/create", "{\"message\":\"x\"}")
                .statusCode()).isEqualTo(403);
        assertThat(call(door, "frank", "PUT", "/group/fostering-managers/members/frank", null).statusCode()).isEqualTo(403);
        // what Tasklist reads stays open (and shows frank nothing of carol's)
        for (String read : List.of("/task?maxResults=15", "/filter?resourceType=Task&maxResults=15",
                "/process-definition?latestVersion=true&maxResults=15")) {
            HttpResponse<String> response = call(door, "frank", "GET", read, null);
            assertThat(response.statusCode()).as(read + " " + response.body()).isEqualTo(200);
        }
    }

    // ---- what must keep working ----

    @Test
    void carolRaisesAndRecordsThroughTasklistSamAdvisesAndAManagerHandsOver() throws Exception {
        String start = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ConcernProcess.KEY)
                .latestVersion().singleResult().getId();
        HttpResponse<String> raised = call(Door.TASKLIST, "carol", "POST", "/process-definition/" + start + "/submit-form",
                startFormBody("C-1001"));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
        String reference = json.readTree(raised.body()).get("businessKey").asText();
        assertThat(reference).matches("SC-\\d{4}-\\d{6}");

        TestConcerns concerns = new TestConcerns(engine);
        Task record = concerns.openTask(reference, Ids.RECORD_CONCERN);
        HttpResponse<String> recorded = call(Door.TASKLIST, "carol", "POST", "/task/" + record.getId() + "/submit-form", """
                {"variables":{"recordFacts":{"value":"Came home at 11pm with a new phone.","type":"String"},
                 "recordChildWords":{"value":null,"type":"Null"},"recordCarerView":{"value":"Worried.","type":"String"}}}""");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(204);

        Task advice = concerns.openTask(reference, Ids.ADVISE_CARER);
        assertThat(concerns.responsible(advice)).isEqualTo("sam");
        HttpResponse<String> advised = call(Door.REST, "sam", "POST", "/task/" + advice.getId() + "/complete", """
                {"variables":{"adviceToCarer":{"value":"Keep a note of any gifts.","type":"String"},
                 "consentConsidered":{"value":true,"type":"Boolean"},"talkWithChild":{"value":"NO","type":"String"}}}""");
        assertThat(advised.statusCode()).as(advised.body()).isEqualTo(204);
        concerns.runDueJobs(reference);

        Task decision = concerns.openTask(reference, Ids.DECIDE_NEXT_STEPS);
        assertThat(concerns.responsible(decision)).isEqualTo("sophie");
        HttpResponse<String> handedOver = call(Door.TASKLIST, "mark", "POST", "/task/" + decision.getId() + "/assignee",
                "{\"userId\":\"eddie\"}");
        assertThat(handedOver.statusCode()).as(handedOver.body()).isEqualTo(204);
        assertThat(concerns.openTask(reference, Ids.DECIDE_NEXT_STEPS).getAssignee()).isEqualTo("eddie");

        JsonNode concern = json.readTree(get("carol", "/api/concerns/" + reference).body());
        assertThat(concern.get("status").asText()).isEqualTo("OPEN");
        Filter myTasks = engine.getFilterService().createFilterQuery().filterName("My tasks").singleResult();
        assertThat(call(Door.TASKLIST, "sophie", "POST", "/filter/" + myTasks.getId() + "/list?firstResult=0&maxResults=15",
                "{}").statusCode()).isEqualTo(200);
    }

    // ---- helpers ----

    private HttpResponse<String> call(Door door, String user, String method, String path, String body) throws Exception {
        if (door == Door.TASKLIST) {
            TasklistLogin session = sessions.get(user);
            if (session == null) {
                session = TasklistLogin.signIn(port, user);
                sessions.put(user, session);
            }
            return session.send(method, door.base + path, body);
        }
        return http.send(basic(user, door.base + path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String user, String path) {
        try {
            return http.send(basic(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder basic(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> deploy(Door door, String user, String bpmn) throws Exception {
        String boundary = "door" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nattack\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"attack.bpmn\"; filename=\"attack.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        if (door == Door.TASKLIST) {
            // Tasklist's session sends JSON only; the door refuses the path before any body is read
            return call(door, user, "POST", "/deployment/create", body);
        }
        return http.send(basic(user, door.base + "/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertRefused(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("message").asText()).startsWith(field + ":");
    }

    private String raise(String user, String childId) {
        try {
            HttpResponse<String> created = http.send(basic(user, "/api/concerns").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"childId":"%s","category":"CSE","summary":"Seen getting into a car with two adults (%s)",
                             "indicators":["UNKNOWN_ADULTS_OR_CARS"],"observedAt":"%s","childMissing":false,"immediateDanger":false}"""
                            .formatted(childId, UUID.randomUUID(), anHourAgo()))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return json.readTree(created.body()).get("reference").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Snapshot snapshot(String reference) {
        try {
            JsonNode concern = json.readTree(get("carol", "/api/concerns/" + reference).body());
            Map<String, Object> routing = new TreeMap<>(engine.getRuntimeService().getVariables(instanceOf(reference)));
            routing.keySet().retainAll(ROUTING);
            List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                    .orderByTaskName().asc().list();
            Set<String> candidates = new TreeSet<>();
            open.forEach(task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> link.getUserId() != null).forEach(link -> candidates.add(link.getType() + ":" + link.getUserId())));
            open.forEach(task -> candidates.add("assignee:" + task.getAssignee()));
            return new Snapshot(concern.get("status").asText(), concern.get("riskLevel").asText(),
                    concern.get("chronology").size(), routing, open.stream().map(Task::getTaskDefinitionKey).toList(),
                    candidates, engine.getHistoryService().createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKey(reference).count());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything as it was, and no email about the concern reached anyone but its own people. */
    private void assertUnchanged(String reference, Snapshot before) {
        assertThat(snapshot(reference)).isEqualTo(before);
        new TestConcerns(engine).runDueJobs(reference);
        assertThat(Arrays.stream(mail.getReceivedMessages()).map(EngineDoorAttackTest::to))
                .doesNotContain("frank@example.org", "admin@example.org");
        assertThat(get("frank", "/api/concerns/" + reference).statusCode()).isEqualTo(404);
    }

    private String instanceOf(String reference) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ConcernProcess.KEY).singleResult().getId();
    }

    private long allInstances() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    }

    private static String startFormBody(String childId) {
        return """
                {"variables":{"childId":{"value":"%s","type":"String"},"category":{"value":"CSE","type":"String"},
                 "summary":{"value":"New phone, would not say where from (%s)","type":"String"},
                 "indicators":{"value":"[\\"UNEXPLAINED_GIFTS\\"]","type":"Json"},
                 %s,"childMissing":{"value":false,"type":"Boolean"},
                 "immediateDanger":{"value":false,"type":"Boolean"}}}""".formatted(childId, UUID.randomUUID(),
                TestConcerns.dateTimeJson(ConcernProcess.FormFields.OBSERVED_AT, anHourAgo()));
    }

    private static String withBusinessKey(String body, String businessKey) {
        return "{\"businessKey\":\"" + businessKey + "\"," + body.substring(1);
    }

    private static String withVariable(String body, String name, String jsonValue) {
        return body.replaceFirst("\\{\"variables\":\\{", "{\"variables\":{\"" + name + "\":{\"value\":" + jsonValue + "},");
    }

    private static String correlation(String message, String reference) {
        return """
                {"messageName":"%s","businessKey":"%s","processVariables":{"sswId":{"value":"frank"},
                 "riskLevel":{"value":"LOW"},"returnedAt":{"value":"%s","type":"Date"}}}""".formatted(message, reference,
                Instant.now().toString().replace("Z", "+0000"));
    }

    private static Instant anHourAgo() {
        return Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
