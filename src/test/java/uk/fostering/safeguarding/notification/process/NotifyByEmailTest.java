package uk.fostering.safeguarding.notification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;

/**
 * The {@code notifyByEmail} delegate in a test process of its own (notifyByEmailTest.bpmn: one async
 * email task, configured as in safeguardingConcern, beside a user task), with a real SMTP server.
 */
@IntegrationTest
class NotifyByEmailTest {

    private static final String DECOY_CHILD_NAME = "Tegan Oakes";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    ProcessEngine engine;

    private ManagementService management;
    private String ssw;
    private String reference;

    @BeforeEach
    void deployTheTestProcessAndMeetTheSsw() {
        engine.getRepositoryService().createDeployment().name("notifyByEmailTest")
                .addClasspathResource("notification/process/notifyByEmailTest.bpmn").enableDuplicateFiltering(false).deploy();
        management = engine.getManagementService();
        ssw = person(UUID.randomUUID().toString().replace("-", "") + "@example.org");
        reference = "SC-2099-%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
    }

    @Test
    void linksToTheTaskWaitingForTheRecipientAndLeavesOutWhatTheProcessDoesNotPass() throws Exception {
        ProcessInstance instance = start(ssw, ssw, false);
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getId();

        management.executeJob(emailJob(instance).getId());

        MimeMessage email = onlyEmail();
        String whole = GreenMailUtil.getWholeMessage(email);
        assertThat(email.getAllRecipients()[0]).hasToString(ssw + "@example.org");
        assertThat(email.getFrom()[0]).hasToString("safeguarding@localhost");
        assertThat(email.getSubject()).contains(reference).doesNotContain(DECOY_CHILD_NAME);
        assertThat(whole).contains("multipart/alternative", "text/plain", "text/html", reference,
                "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + taskId)
                .doesNotContain("Tegan", "Oakes");
        assertThat(emailJob(instance)).as("the email job is done").isNull();
    }

    @Test
    void linksToTheConcernPageWhenNoTaskWaitsForTheRecipient() throws Exception {
        ProcessInstance instance = start(ssw, "carol", false);

        management.executeJob(emailJob(instance).getId());

        assertThat(GreenMailUtil.getWholeMessage(onlyEmail())).contains("http://localhost:8080/concerns/" + reference)
                .doesNotContain("/camunda/app/tasklist");
    }

    @Test
    void aJobRetriedAfterItsEmailWentOutSendsNothing() {
        // the job sends, then fails later in its transaction, which rolls back: the job is still there
        ProcessInstance instance = start(ssw, "carol", true);
        Job job = emailJob(instance);
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("simulatedFailureAfterSending");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(emailJob(instance).getRetries()).isEqualTo(4);

        // when the retry succeeds
        engine.getRuntimeService().setVariable(instance.getId(), "failAfterSending", false);
        management.executeJob(job.getId());

        // then the email is not sent again
        assertThat(emailJob(instance)).isNull();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anUnknownPersonFailsEveryRetryUntilAnIncidentShowsIt() {
        ProcessInstance instance = start("nobody" + ThreadLocalRandom.current().nextInt(1_000_000), "carol", false);
        Job job = emailJob(instance);

        // R5/PT5M: five attempts; each failure counts down the retries
        for (int retriesLeft = 4; retriesLeft >= 0; retriesLeft--) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("No email address for user");
            assertThat(emailJob(instance).getRetries()).isEqualTo(retriesLeft);
        }

        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
                .configuration(job.getId()).singleResult().getIncidentMessage()).contains("No email address for user");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aPersonWithoutAnEmailAddressIsAFailureNotASilentSkip() {
        ProcessInstance instance = start(person(null), "carol", false);

        assertThatThrownBy(() -> management.executeJob(emailJob(instance).getId()))
                .hasMessageContaining("No email address for user");
        assertThat(emailJob(instance).getRetries()).isEqualTo(4);
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aProcessWithoutTheRecipientsIdIsAFailureNamingTheMissingVariable() {
        ProcessInstance instance = start(null, "carol", false);

        assertThatThrownBy(() -> management.executeJob(emailJob(instance).getId()))
                .hasMessage("Concern " + reference + " has no " + Vars.SSW_ID.name() + " to email");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    /** Variables as safeguardingConcern has them, plus a child's name that the process never passes on. */
    private ProcessInstance start(String sswId, String waitingFor, boolean failAfterSending) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.SSW_ID.name(), sswId);
        variables.put(Vars.CARER_ID.name(), "carol");
        variables.put("waitingFor", waitingFor);
        variables.put("failAfterSending", failAfterSending);
        variables.put("childName", DECOY_CHILD_NAME);
        return engine.getRuntimeService().startProcessInstanceByKey("notifyByEmailTest", reference, variables);
    }

    private Job emailJob(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId("Task_Notify").singleResult();
    }

    private MimeMessage onlyEmail() {
        assertThat(mail.getReceivedMessages()).hasSize(1);
        return mail.getReceivedMessages()[0];
    }

    /** A new person whose user id is the local part of the address (or a new id, with no address). */
    private String person(String email) {
        IdentityService identity = engine.getIdentityService();
        String id = email == null ? "noaddress" + ThreadLocalRandom.current().nextInt(1_000_000) : email.split("@")[0];
        User user = identity.newUser(id);
        user.setFirstName("Test");
        user.setLastName("Person");
        user.setEmail(email);
        identity.saveUser(user);
        return id;
    }
}
