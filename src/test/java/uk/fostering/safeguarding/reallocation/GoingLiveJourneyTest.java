package uk.fostering.safeguarding.reallocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.registry.Roles;

/**
 * README "Going live", walked as an administrator and a service would: the service's people imported from CSV, a
 * carer raises a concern that reaches the right SSW and social worker, the child moves to another household while
 * it is open, and the next step goes to the new SSW, the one after it to the new carer; the previous carer gets 404.
 */
@IntegrationTest
class GoingLiveJourneyTest {

    private static final String AN_HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS).toString();

    /** The steps' emails are sent as the test runs their jobs; what they say is other tests' subject. */
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ObjectMapper json;

    @Test
    void importRaiseMoveAndTheNextStepsGoToTheNewPeople() throws Exception {
        TestService service = new TestService(http, engine);
        String p = service.p;
        String child = "C-9399";
        // the logins of the people in the files (their invitations are not this test's subject)
        String boss = service.person("boss", Roles.MANAGERS);
        String ssw1 = service.person("ssw1", Roles.SSWS);
        String ssw2 = service.person("ssw2", Roles.SSWS);
        String worker = service.person("sw", Roles.SOCIAL_WORKERS);
        String carer1 = service.person("ann", Roles.CARERS);
        String carer2 = service.person("bea", Roles.CARERS);
        Map<String, String> files = Map.of(
                "staff", "user_id,team,role,manager_id,left_on\n" + boss + ",fostering,MANAGER,,\n" + ssw1
                        + ",fostering,SSW," + boss + ",\n" + ssw2 + ",fostering,SSW," + boss + ",\n" + worker
                        + ",children,SOCIAL_WORKER,,\n",
                "households", "household_id,name,ssw_id,ssw_from\nH-" + p + "1,The Ones," + ssw1 + ",2022-01-03\nH-" + p
                        + "2,The Twos," + ssw2 + ",2022-01-03\n",
                "carers", "user_id,household_id,approved_from,approved_to\n" + carer1 + ",H-" + p + "1,03/01/2022,\n"
                        + carer2 + ",H-" + p + "2,03/01/2022,\n",
                "children", "child_id,first_name,last_name,date_of_birth,local_authority,social_worker_id,"
                        + "social_worker_from\n" + child + ",Robin,Test,2012-03-14,NORTHSHIRE," + worker + ",2023-09-04\n",
                "placements", "child_id,household_id,kind,from,to\n" + child + ",H-" + p + "1,LONG_TERM,2023-09-04,\n");

        // the dry run finds nothing wrong; the real run stores it
        assertThat(importFiles(files, true).get("problems")).isEmpty();
        assertThat(importFiles(files, false).get("imported").asBoolean()).isTrue();

        // the carer raises a concern: it reaches her SSW and the child's social worker
        ResponseEntity<String> raised = post(carer1, "/api/concerns", """
                {"childId":"%s","category":"CSE","summary":"Picked up from school by an older man in a car",
                 "indicators":["UNKNOWN_ADULTS_OR_CARS"],"observedAt":"%s","childMissing":false,"immediateDanger":false}"""
                .formatted(child, AN_HOUR_AGO));
        assertThat(raised.getStatusCode().value()).as(raised.getBody()).isEqualTo(201);
        String reference = json.readTree(raised.getBody()).get("reference").asText();
        TestConcerns steps = new TestConcerns(engine);
        Task record = steps.openTask(reference, Ids.RECORD_CONCERN);
        assertThat(steps.responsible(record)).isEqualTo(carer1);
        assertThat(engine.getRuntimeService().getVariables(record.getProcessInstanceId()))
                .containsEntry("sswId", ssw1).containsEntry("socialWorkerId", worker);
        steps.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "What I saw"));
        assertThat(steps.responsible(steps.openTask(reference, Ids.ADVISE_CARER))).isEqualTo(ssw1);

        // the child moves to the second household today, while the SSW's advice is awaited
        String today = LocalDate.now().toString();
        assertThat(importFiles(Map.of("placements", "child_id,household_id,kind,from,to\n" + child + ",H-" + p
                + "1,LONG_TERM,2023-09-04," + today + "\n" + child + ",H-" + p + "2,SHORT_TERM," + today + ",\n"),
                false).get("imported").asBoolean()).isTrue();

        // the next step is the new SSW's, the one after it the new carer's; the previous carer is shut out
        assertThat(steps.responsible(steps.openTask(reference, Ids.ADVISE_CARER))).isEqualTo(ssw2);
        assertThat(service.concernStatus(carer1, reference)).isEqualTo(404);
        assertThat(service.concernStatus(carer2, reference)).isEqualTo(200);
        steps.complete(reference, Ids.ADVISE_CARER, Map.of("adviceToCarer", "Write down what you see", "consentConsidered",
                true, "talkWithChild", "YES", "talkGuidance", "Listen, do not question"));
        // the talk waits for the social worker's decision too
        steps.runDueJobs(reference);
        assertThat(steps.responsible(steps.openTask(reference, Ids.DECIDE_NEXT_STEPS))).isEqualTo(worker);
        steps.complete(reference, Ids.DECIDE_NEXT_STEPS, Map.of("decision", "STRATEGY_DISCUSSION", "decisionReasons",
                "An older man collecting the child from school"));
        assertThat(steps.responsible(steps.openTask(reference, Ids.TALK_WITH_CHILD))).isEqualTo(carer2);
        // signed in as carers are (the carers' pages take no HTTP Basic), the previous carer cannot open the step
        TasklistLogin previousCarer = TasklistLogin.signIn(port, carer1, "tasklist", TestService.password(carer1));
        assertThat(previousCarer.get("/carer/steps/" + steps.openTask(reference, Ids.TALK_WITH_CHILD).getId())
                .statusCode()).isEqualTo(404);
    }

    private JsonNode importFiles(Map<String, String> files, boolean dryRun) throws Exception {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        files.forEach((part, csv) -> body.add(part, new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return part + ".csv";
            }
        }));
        ResponseEntity<String> response = http.withBasicAuth("mark", "mark")
                .postForEntity("/api/registry/import?dryRun=" + dryRun, body, String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, TestService.password(user)).postForEntity(path, new HttpEntity<>(body, headers),
                String.class);
    }
}
