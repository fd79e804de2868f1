package uk.fostering.safeguarding.reallocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.reallocation.process.LeaversSweep;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.shared.ServiceTime;

/**
 * Changes while a concern is open (issue 15, point 4): a child moving to another household, a new SSW, a new social
 * worker, someone leaving; joint carers; respite. Each change is made through the registry's API (or its import) as a
 * fostering manager makes it, and each open step must move with its clocks, the grants with it.
 */
@IntegrationTest
class OpenStepsMoveTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Registry registry;
    @Autowired
    LeaversSweep sweep;

    private TestService service;
    private TestConcerns steps;
    private String bossA;
    private String bossB;
    private String sswA;
    private String sswB;
    private String worker;
    private String homeA;
    private String homeB;
    private String carerA;
    private String carerB1;
    private String carerB2;
    private String child;

    /** Two households: A (one carer, SSW A, whose manager is boss A) and B (two carers, SSW B, boss B). */
    @BeforeEach
    void aServiceOfTheirOwn() {
        service = new TestService(http, engine);
        steps = new TestConcerns(engine);
        bossA = service.manager("bossa");
        bossB = service.manager("bossb");
        sswA = service.ssw("sswa", bossA);
        sswB = service.ssw("sswb", bossB);
        worker = service.socialWorker("sw");
        homeA = service.household("a", sswA, List.of("ann"));
        homeB = service.household("b", sswB, List.of("bea", "bob"));
        carerA = service.p + "ann";
        carerB1 = service.p + "bea";
        carerB2 = service.p + "bob";
        child = service.child("kim", worker);
        placement(child, homeA, "LONG_TERM", "2024-01-08", null);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aChildMovingToAnotherHouseholdTakesEveryOpenStepWithItsClocksAndShutsThePreviousCarerOut() throws Exception {
        String reference = raise(carerA);
        steps.claim(reference, Ids.RECORD_CONCERN);
        Task before = steps.openTask(reference, Ids.RECORD_CONCERN);
        Date timer = escalationTimer(reference);
        assertThat(service.concernStatus(carerA, reference)).isEqualTo(200);
        assertThat(service.concernStatus(carerB1, reference)).isEqualTo(404);
        mail.reset();

        // when the child moves from household A to household B today, both rows in one import
        String today = LocalDate.now().toString();
        importPlacements("""
                child_id,household_id,kind,from,to
                %s,%s,long_term,2024-01-08,%s
                %s,%s,short_term,%s,
                """.formatted(child, homeA, today, child, homeB, today));

        // then the carer's open step is offered to both carers of B instead, unclaimed, with its due date and timer
        Task after = steps.openTask(reference, Ids.RECORD_CONCERN);
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getAssignee()).isNull();
        assertThat(candidates(after)).containsExactlyInAnyOrder(carerB1, carerB2);
        assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
        assertThat(escalationTimer(reference)).isEqualTo(timer);
        // and each of them is told it waits for them, with the link to it and nothing about the child
        assertThat(emailsAbout(reference)).containsExactlyInAnyOrder(
                carerB1 + "@example.org Record the concern for concern " + reference + " is waiting for you",
                carerB2 + "@example.org Record the concern for concern " + reference + " is waiting for you");
        // the previous carer no longer sees the concern (nor its task); the new carers and the new SSW do
        assertThat(service.concernStatus(carerA, reference)).isEqualTo(404);
        assertThat(userGrants(carerA, reference)).isZero();
        assertThat(service.concernStatus(carerB1, reference)).isEqualTo(200);
        assertThat(service.concernStatus(carerB2, reference)).isEqualTo(200);
        assertThat(service.concernStatus(sswB, reference)).isEqualTo(200);
        // the chronology says what changed, by whom
        assertThat(chronology(reference)).anySatisfy(line -> assertThat(line)
                .startsWith("PEOPLE_CHANGED mark ")
                .contains("carers " + carerA + " → " + carerB1 + ", " + carerB2)
                .contains("SSW " + sswA + " → " + sswB)
                .contains("open steps moved: Record the concern")
                .contains(carerA + " no longer sees this concern"));

        // when the second carer of B records it, the next step goes to B's SSW, not A's
        steps.as(carerB2, () -> {
            engine.getTaskService().claim(after.getId(), carerB2);
            engine.getFormService().submitTaskForm(after.getId(), Map.of("recordFacts", "Facts as seen"));
            return null;
        });
        assertThat(candidates(steps.openTask(reference, Ids.ADVISE_CARER))).containsExactly(sswB);

        // the same import again changes nothing more
        int lines = chronology(reference).size();
        importPlacements("""
                child_id,household_id,kind,from,to
                %s,%s,long_term,2024-01-08,%s
                %s,%s,short_term,%s,
                """.formatted(child, homeA, today, child, homeB, today));
        assertThat(chronology(reference)).hasSize(lines);
    }

    @Test
    void aNewSswTakesTheSswStepAndItsEscalationReachesTheNewSswsManager() {
        String reference = raise(carerA);
        steps.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Facts as seen"));
        Task advise = steps.openTask(reference, Ids.ADVISE_CARER);
        assertThat(candidates(advise)).containsExactly(sswA);

        // when household A is given SSW B from today
        service.put("households", "{\"household_id\":\"%s\",\"name\":\"The a\",\"ssw_id\":\"%s\",\"ssw_from\":\"%s\"}"
                .formatted(homeA, sswB, LocalDate.now()));

        // then SSW B has the advice step, with its due date; SSW A keeps reading the concern (only carers lose it)
        Task moved = steps.openTask(reference, Ids.ADVISE_CARER);
        assertThat(candidates(moved)).containsExactly(sswB);
        assertThat(moved.getDueDate()).isEqualTo(advise.getDueDate());
        assertThat(service.concernStatus(sswB, reference)).isEqualTo(200);
        assertThat(service.concernStatus(carerA, reference)).isEqualTo(200);
        assertThat(engine.getRuntimeService().getVariable(steps.openTask(reference, Ids.ADVISE_CARER)
                .getProcessInstanceId(), "sswId")).isEqualTo(sswB);

        // when nobody acknowledges it in time, the escalation goes to SSW B's manager, not SSW A's
        ClockUtil.setCurrentTime(Date.from(advise.getDueDate().toInstant().plus(Duration.ofMinutes(1))));
        steps.runDueJobs(reference);
        assertThat(chronology(reference)).anySatisfy(line -> assertThat(line).startsWith("ESCALATED ")
                .contains(bossB).doesNotContain(bossA));
    }

    @Test
    void aNewSocialWorkerTakesTheDecisionAndCanReadTheConcern() {
        String reference = raise(carerA);
        steps.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Facts as seen"));
        steps.complete(reference, Ids.ADVISE_CARER, Map.of("adviceToCarer", "Advice", "consentConsidered", true,
                "talkWithChild", "NO"));
        steps.runDueJobs(reference);
        assertThat(candidates(steps.openTask(reference, Ids.DECIDE_NEXT_STEPS))).containsExactly(worker);
        String newWorker = service.socialWorker("sw2");

        service.put("children", ("{\"child_id\":\"%s\",\"first_name\":\"kim\",\"last_name\":\"Test\",\"date_of_birth\":"
                + "\"2013-03-04\",\"local_authority\":\"NORTHSHIRE\",\"social_worker_id\":\"%s\"}").formatted(child,
                        newWorker));

        assertThat(candidates(steps.openTask(reference, Ids.DECIDE_NEXT_STEPS))).containsExactly(newWorker);
        assertThat(service.concernStatus(newWorker, reference)).isEqualTo(200);
        assertThat(chronology(reference)).anySatisfy(line -> assertThat(line)
                .contains("social worker " + worker + " → " + newWorker)
                .contains("open steps moved: Acknowledge and decide next steps"));
    }

    @Test
    void bothCarersOfAHouseholdSeeAndMayWorkTheCarerSteps() {
        placement(child, homeA, "LONG_TERM", "2024-01-08", LocalDate.now().toString());
        placement(child, homeB, "LONG_TERM", LocalDate.now().toString(), null);

        // the second carer of B raises it; the first may record it
        String reference = raise(carerB2);
        Task record = steps.openTask(reference, Ids.RECORD_CONCERN);
        assertThat(candidates(record)).containsExactlyInAnyOrder(carerB1, carerB2);
        assertThat(service.concernStatus(carerB1, reference)).isEqualTo(200);
        assertThat(service.concernStatus(carerB2, reference)).isEqualTo(200);
        steps.as(carerB1, () -> {
            engine.getTaskService().claim(record.getId(), carerB1);
            engine.getFormService().submitTaskForm(record.getId(), Map.of("recordFacts", "Facts as seen"));
            return null;
        });
        assertThat(steps.openTask(reference, Ids.ADVISE_CARER)).isNotNull();
    }

    @Test
    void aRespiteCarerRaisesAboutTheChildDuringTheBreakAndSeesOnlyWhatTheyRaised() {
        String mainConcern = raise(carerA);
        placement(child, homeB, "RESPITE", LocalDate.now().minusDays(1).toString(),
                LocalDate.now().plusDays(2).toString());
        assertThat(registry.childrenPlacedWith(carerB1)).extracting(c -> c.id()).contains(child);

        String respiteConcern = raise(carerB1);

        // the respite household records it and its SSW advises; the child's own carer is told of it too
        assertThat(candidates(steps.openTask(respiteConcern, Ids.RECORD_CONCERN))).containsExactlyInAnyOrder(carerB1,
                carerB2);
        assertThat(service.concernStatus(carerB1, respiteConcern)).isEqualTo(200);
        assertThat(service.concernStatus(carerB1, mainConcern)).isEqualTo(404);
        assertThat(service.concernStatus(carerA, respiteConcern)).isEqualTo(200);
        assertThat(http.withBasicAuth(carerB1, TestService.password(carerB1)).getForEntity("/api/concerns",
                String.class).getBody()).contains(respiteConcern).doesNotContain(mainConcern);
        steps.complete(respiteConcern, Ids.RECORD_CONCERN, Map.of("recordFacts", "Facts as seen"));
        assertThat(candidates(steps.openTask(respiteConcern, Ids.ADVISE_CARER))).containsExactly(sswB);
    }

    @Test
    void aLeaversOpenStepsGoToTheirManagerAtOnce() {
        String reference = raise(carerA);
        steps.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Facts as seen"));

        // SSW A leaves today: the advice step is boss A's
        service.put("staff", "{\"user_id\":\"%s\",\"team\":\"fostering\",\"role\":\"SSW\",\"manager_id\":\"%s\",\"left_on\":\"%s\"}"
                .formatted(sswA, bossA, LocalDate.now()));
        assertThat(candidates(steps.openTask(reference, Ids.ADVISE_CARER))).containsExactly(bossA);
        assertThat(service.concernStatus(bossA, reference)).isEqualTo(200);
        assertThat(userGrants(sswA, reference)).isZero();
        assertThat(chronology(reference)).anySatisfy(line -> assertThat(line).startsWith("PEOPLE_CHANGED mark ")
                .contains(sswA + " left: " + bossA + " takes over").contains("open steps moved: Advise the carer"));
    }

    @Test
    void aLeavingDayAheadMovesTheStepsOnTheNightItComes() {
        String reference = raise(carerA);
        steps.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Facts as seen"));

        // SSW A is to leave in three days: until then the advice step stays hers
        LocalDate lastDay = LocalDate.now(ServiceTime.ZONE).plusDays(3);
        service.put("staff", "{\"user_id\":\"%s\",\"team\":\"fostering\",\"role\":\"SSW\",\"manager_id\":\"%s\",\"left_on\":\"%s\"}"
                .formatted(sswA, bossA, lastDay));
        sweep.sweep();
        assertThat(candidates(steps.openTask(reference, Ids.ADVISE_CARER))).containsExactly(sswA);

        // the night that day comes, the sweep hands the step to boss A, once however often it runs
        ClockUtil.setCurrentTime(Date.from(lastDay.atTime(0, 5).atZone(ServiceTime.ZONE).toInstant()));
        sweep.sweep();
        sweep.sweep();
        assertThat(candidates(steps.openTask(reference, Ids.ADVISE_CARER))).containsExactly(bossA);
        assertThat(userGrants(sswA, reference)).isZero();
        assertThat(chronology(reference)).filteredOn(line -> line != null && line.contains(sswA + " left"))
                .singleElement().asString().startsWith("PEOPLE_CHANGED system ");
    }

    @Test
    void aDeregisteredCarersStepsGoToTheirSswsManager() {
        String reference = raise(carerA);

        service.put("carers", "{\"user_id\":\"%s\",\"household_id\":\"%s\",\"approved_from\":\"2020-01-06\",\"approved_to\":\"%s\"}"
                .formatted(carerA, homeA, LocalDate.now()));

        assertThat(candidates(steps.openTask(reference, Ids.RECORD_CONCERN))).containsExactly(bossA);
        // she can no longer sign in at all, and nothing of the concern is left granted to her
        assertThat(service.concernStatus(carerA, reference)).isEqualTo(401);
        assertThat(userGrants(carerA, reference)).isZero();
    }

    @Test
    void aManagerKeepsThePreviousCarerOnWithAReason() {
        String reference = raise(carerA);
        String ended = "{\"child_id\":\"%s\",\"household_id\":\"%s\",\"kind\":\"LONG_TERM\",\"from\":\"2024-01-08\",\"to\":\"%s\"}"
                .formatted(child, homeA, LocalDate.now());

        assertThat(service.put("mark", "placements", ended, "?keepPreviousCarers=true").getBody())
                .contains("\"field\":\"reason\"");
        assertThat(service.put("mark", "placements", ended, "?keepPreviousCarers=true&reason=Ann is helping with "
                + "the police enquiry").getStatusCode().value()).isEqualTo(200);

        assertThat(service.concernStatus(carerA, reference)).isEqualTo(200);
        assertThat(candidates(steps.openTask(reference, Ids.RECORD_CONCERN))).containsExactly(bossA);
        assertThat(chronology(reference)).anySatisfy(line -> assertThat(line)
                .contains(carerA + " kept on by mark: Ann is helping with the police enquiry"));
    }

    private String raise(String carer) {
        return steps.raiseInTasklist(carer, TestConcerns.startForm(child, "Came home late, twice, by taxi"))
                .getBusinessKey();
    }

    private void placement(String childId, String household, String kind, String from, String to) {
        service.put("placements", "{\"child_id\":\"%s\",\"household_id\":\"%s\",\"kind\":\"%s\",\"from\":\"%s\",\"to\":%s}"
                .formatted(childId, household, kind, from, to == null ? "null" : "\"" + to + "\""));
    }

    private void importPlacements(String csv) {
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add("placements", new org.springframework.core.io.ByteArrayResource(csv.getBytes()) {
            @Override
            public String getFilename() {
                return "placements.csv";
            }
        });
        var response = http.withBasicAuth("mark", "mark").postForEntity("/api/registry/import?dryRun=false", body,
                String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    }

    private Set<String> candidates(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId).collect(Collectors.toSet());
    }

    private Date escalationTimer(String reference) {
        return engine.getManagementService().createJobQuery().timers()
                .processInstanceId(steps.openTask(reference, Ids.RECORD_CONCERN).getProcessInstanceId()).list().stream()
                .filter(job -> "BoundaryEvent_RecordConcernEscalation".equals(activityOf(job)))
                .map(Job::getDuedate).findFirst().orElseThrow();
    }

    private String activityOf(Job job) {
        return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
    }

    /** The person's own grants on the concern's process instance and history. */
    private long userGrants(String user, String reference) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("safeguardingConcern").singleResult().getId();
        return engine.getAuthorizationService().createAuthorizationQuery().userIdIn(user).resourceId(instance).count()
                + engine.getAuthorizationService().createAuthorizationQuery().userIdIn(user)
                        .resourceType(Resources.TASK).count();
    }

    private List<String> chronology(String reference) {
        return jdbc.queryForList("select e.type || ' ' || e.actor || ' ' || e.note from concern_event e join concern c "
                + "on c.id = e.concern_id where c.reference = ? order by e.id", String.class, reference);
    }

    private List<String> emailsAbout(String reference) throws Exception {
        List<String> emails = new java.util.ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getSubject().contains(reference)) {
                emails.add(Arrays.toString(message.getAllRecipients()).replaceAll("[\\[\\]]", "") + " "
                        + message.getSubject());
            }
        }
        return emails;
    }
}
