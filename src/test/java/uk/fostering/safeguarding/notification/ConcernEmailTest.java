package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/** The emails a concern sends, as a real SMTP server receives them. */
@IntegrationTest
class ConcernEmailTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    ProcessEngine engine;

    @Test
    void theSswIsToldAtOnceWithAReferenceAndALinkButNoNameOrNarrative() throws Exception {
        TestConcerns tasklist = new TestConcerns(engine);
        String reference = tasklist.raiseInTasklist("carol",
                TestConcerns.startForm("C-1001", "Jess was picked up by a man in a silver car")).getBusinessKey();

        tasklist.runDueJobs(reference);

        // the SSW once (the carer is told of her record too: StepEmailsTest)
        java.util.List<MimeMessage> toSsw = java.util.Arrays.stream(mail.getReceivedMessages())
                .filter(m -> to(m).equals("sam@example.org")).toList();
        assertThat(toSsw).hasSize(1);
        MimeMessage email = toSsw.get(0);
        String whole = GreenMailUtil.getWholeMessage(email);
        assertThat(email.getAllRecipients()[0]).hasToString("sam@example.org");
        assertThat(email.getSubject()).contains(reference);
        assertThat(whole).contains("http://localhost:8080/concerns/" + reference)
                .contains("multipart/alternative").contains("text/html").contains("text/plain")
                .doesNotContain("Jess", "Marlow", "silver car");
    }

    @Test
    void theSocialWorkersNoticeIsSentOnceEvenWhenAskedForEarlyAndAgainAfterAdvice() throws Exception {
        TestConcerns tasklist = new TestConcerns(engine);
        String reference = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1001", "Came home smelling of cannabis"))
                .getBusinessKey();
        tasklist.runDueJobs(reference);

        // the SSW asks for the social worker to be told before advising, then advises
        engine.getRuntimeService().correlateMessage("SocialWorkerNoticeRequested", reference);
        tasklist.runDueJobs(reference);
        tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Smelled strongly of cannabis at 10pm."));
        tasklist.complete(reference, Ids.ADVISE_CARER, Map.of("adviceToCarer", "Keep notes.", "consentConsidered", true,
                "talkWithChild", "NO"));
        tasklist.runDueJobs(reference);

        assertThat(java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).equals("sophie@example.org")))
                .singleElement().satisfies(email -> assertThat(GreenMailUtil.getWholeMessage(email))
                        .contains("has not advised the carer yet").doesNotContain("may talk with the child"));
    }

    @Test
    void theSocialWorkersEmailSaysWhatTheSswDecidedAboutTalkingWithTheChild() throws Exception {
        // sam allows carol to talk with the child; for frank's concern sunita says not yet
        assertThat(socialWorkersEmailAfterAdvice("carol", "C-1001", "YES")).contains("may talk with the child about it, and how")
                .doesNotContain("not to question", "not advised");
        assertThat(socialWorkersEmailAfterAdvice("frank", "C-1003", "NO"))
                .contains("not to talk with the child about it yet", "not to question the child")
                .doesNotContain("may talk with the child");
    }

    private String socialWorkersEmailAfterAdvice(String carer, String childId, String talkWithChild) throws Exception {
        TestConcerns tasklist = new TestConcerns(engine);
        String reference = tasklist.raiseInTasklist(carer, TestConcerns.startForm(childId, "Came home with a new phone"))
                .getBusinessKey();
        tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "New phone, would not say from whom."));
        tasklist.complete(reference, Ids.ADVISE_CARER, Map.of("adviceToCarer", "Keep notes.", "consentConsidered", true,
                "talkWithChild", talkWithChild, "talkGuidance", "Somewhere calm, listen, no leading questions."));
        tasklist.runDueJobs(reference);
        MimeMessage notice = java.util.Arrays.stream(mail.getReceivedMessages())
                .filter(m -> subject(m).contains(reference + ": please acknowledge")).findFirst().orElseThrow();
        // both parts say the same: the text part and the HTML part
        String whole = GreenMailUtil.getWholeMessage(notice).replaceAll("=\\r?\\n", "").replaceAll("\\s+", " ");
        assertThat(whole).contains("text/plain", "text/html");
        return whole;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
