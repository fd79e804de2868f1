package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.FormFields;
import uk.fostering.safeguarding.process.ConcernProcess.FollowUpFields;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;

/**
 * A whole concern, from the carer's first words to the SSW closing it, with an escalation on the
 * way: no email and no log line names a child or gives a date of birth, even though the carer and
 * workers write the child's name in what they type.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTest {

    /** The demo children's names and dates of birth (db/demo/R__demo_registry.sql), in the forms they may take. */
    private static final List<String> CHILDREN = List.of("Jess", "Marlow", "Tyler", "Brooks", "Kayla", "Osei",
            "2012-03-14", "14/03/2012", "2017-06-02", "02/06/2017", "2010-09-21", "21/09/2010");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aWholeConcernNamesNoChildInEmailsOrLogs(CapturedOutput output) throws Exception {
        TestConcerns tasklist = new TestConcerns(engine);
        String reference = tasklist.raiseInTasklist("carol",
                TestConcerns.startForm("C-1001", "Jess Marlow (born 14/03/2012) came home in a stranger's car"))
                .getBusinessKey();
        tasklist.runDueJobs(reference);

        // nobody acknowledges the record for five hours: it escalates, by email
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(5))));
        tasklist.runDueJobs(reference);
        ClockUtil.reset();

        tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of(FormFields.RECORD_FACTS, "Jess said the driver was 25",
                FormFields.RECORD_CHILD_WORDS, "Jess: he is my boyfriend"));
        tasklist.complete(reference, Ids.ADVISE_CARER, Map.of(FormFields.ADVICE, "Keep Jess close tonight",
                FormFields.CONSENT_CONSIDERED, true, FormFields.TALK_WITH_CHILD, "YES",
                FormFields.TALK_GUIDANCE, "Ask Jess calmly about the car"));
        tasklist.runDueJobs(reference);
        tasklist.complete(reference, Ids.DECIDE_NEXT_STEPS, Map.of(Vars.DECISION.name(), "POLICE_REFERRAL",
                FormFields.DECISION_REASONS, "Jess Marlow is known to us"));
        tasklist.runDueJobs(reference);
        tasklist.complete(reference, Ids.REFER_TO_POLICE, TestConcerns.with(Map.of(FollowUpFields.CRIME_REFERENCE,
                "CR/1203/26"), FollowUpFields.REFERRED_AT, ClockUtil.getCurrentTime().toInstant()));
        tasklist.complete(reference, Ids.TALK_WITH_CHILD, Map.of(FormFields.TALK_NOTES, "Jess talked about him"));
        tasklist.complete(reference, Ids.SHARE_DECISION_AND_CLOSE, Map.of(FormFields.DECISION_SHARED, true,
                FormFields.CLOSING_NOTE, "Closed; Jess is safe"));

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey(ConcernProcess.KEY)
                .singleResult().getEndTime()).as("the concern is closed").isNotNull();
        MimeMessage[] emails = mail.getReceivedMessages();
        List<String> subjects = Arrays.stream(emails).map(PrivacyTest::subject).toList();
        assertThat(subjects).as("the SSW's notice, an escalation and the social worker's notice")
                .anyMatch(s -> s.startsWith("Escalation")).hasSizeGreaterThanOrEqualTo(3);
        for (MimeMessage email : emails) {
            assertThat(GreenMailUtil.getWholeMessage(email)).as(subject(email)).contains(reference)
                    .doesNotContain(CHILDREN);
        }
        assertThat(output.getAll()).contains(reference).doesNotContain(CHILDREN);
    }

    private static String subject(MimeMessage email) {
        try {
            return email.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
