package uk.fostering.safeguarding.concernrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

@IntegrationTest
class ConcernPageTest {

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @Test
    void linkedPeopleSignedInToTasklistReadTheRecordOthersDoNot() throws Exception {
        // given a recorded concern whose text contains markup
        TestConcerns tasklist = new TestConcerns(engine);
        String reference = tasklist.raiseInTasklist("carol",
                TestConcerns.startForm("C-1001", "Picked up by a <b>grey car</b> after school")).getBusinessKey();
        tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Car registration noted"));

        // when sam, carol's SSW, opens the link from his email after signing in to Tasklist
        HttpResponse<String> page = TasklistLogin.signIn(port, "sam").get("/concerns/" + reference);

        // then he reads the record, with what people typed shown as text, never as markup
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(reference, "Car registration noted", "Advise the carer",
                "Picked up by a &lt;b&gt;grey car&lt;/b&gt; after school").doesNotContain("<b>grey car</b>");
        // in words, not codes: the kind, the signs, the level and the chronology; the open step names its concern
        assertThat(page.body()).contains("Advise the carer: " + reference + ", C-1001", "Sexual exploitation",
                "Money, a phone, clothes or other gifts nobody can account for", "Risk level <strong>Medium</strong>",
                "Concern raised by carol", "Risk level assessed by ", "Carer&#39;s record written by carol")
                .doesNotContain("UNEXPLAINED_GIFTS", "SECRETIVE_ONLINE", ">CSE<", "MEDIUM", "RISK_ASSESSED", "RECORDED");

        // and frank (another carer) gets the same page as for a concern that does not exist
        HttpResponse<String> frank = TasklistLogin.signIn(port, "frank").get("/concerns/" + reference);
        assertThat(frank.statusCode()).isEqualTo(404);
        assertThat(frank.body()).doesNotContain("grey car", "C-1001");

        // and someone not signed in is asked to sign in and sees nothing of the concern
        HttpResponse<String> anonymous = TasklistLogin.anonymousGet(port, "/concerns/" + reference);
        assertThat(anonymous.body()).contains("Please sign in first").doesNotContain("grey car", "C-1001");
    }
}
