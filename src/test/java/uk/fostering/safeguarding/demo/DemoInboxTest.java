package uk.fostering.safeguarding.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.audit.Audit;

/**
 * The demo as a newcomer runs it: its own mail server catches every email and each demo person reads theirs on the
 * inbox page. An application of its own ({@link DemoWithMail}): the integration tests' shared context runs with the
 * demo mail server off and their own GreenMail.
 */
@Tag("application")
class DemoInboxTest {

    static ConfigurableApplicationContext app;
    static ProcessEngine engine;
    static Audit audit;
    static int port;

    @BeforeAll
    static void startTheDemo() {
        app = DemoWithMail.start();
        engine = app.getBean(ProcessEngine.class);
        audit = app.getBean(Audit.class);
        port = DemoWithMail.port(app);
    }

    @AfterAll
    static void stopTheDemo() {
        app.close();
    }

    @Test
    void theSswReadsTheEmailAboutTheCarersConcernNewestFirstAndAnotherCarerDoesNot() throws Exception {
        // given two concerns carol raised, whose emails to her SSW sam were sent, one after the other
        TestConcerns tasklist = new TestConcerns(engine);
        String first = DemoWithMail.raiseAsCarol(tasklist, "Came home late with a new phone");
        String second = DemoWithMail.raiseAsCarol(tasklist, "Picked up by a man in a silver car");

        // when sam opens his demo inbox, signed in to Tasklist
        HttpResponse<String> sam = TasklistLogin.signIn(port, "sam").get("/demo/inbox");

        // then both emails are there with their links, the newest first, and nothing of what carol wrote
        assertThat(sam.statusCode()).isEqualTo(200);
        assertThat(sam.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(sam.body()).contains("Your demo inbox", "href=\"http://localhost:8080/concerns/" + second + "\"",
                "http://localhost:8080/concerns/" + first).doesNotContain("silver car", "new phone");
        assertThat(sam.body().indexOf(second)).isLessThan(sam.body().indexOf(first));
        // and reading them is a read of each concern named, in its audit trail
        assertThat(audit.trail(second)).anyMatch(event -> event.getActor().equals("sam")
                && event.getAction().equals(Audit.Actions.VIEWED) && DemoInboxPage.SHOWN_IN.equals(event.getDetail()));

        // and frank, another carer, sees none of them, and no read of carol's concern is written in his name
        HttpResponse<String> frank = TasklistLogin.signIn(port, "frank").get("/demo/inbox");
        assertThat(frank.statusCode()).isEqualTo(200);
        assertThat(frank.body()).contains("Your demo inbox").doesNotContain(first, second);
        assertThat(audit.trail(second)).noneMatch(event -> event.getActor().equals("frank"));
    }

    @Test
    void someoneNotSignedInIsAskedToSignInAndSeesNoEmail() throws Exception {
        String reference = DemoWithMail.raiseAsCarol(new TestConcerns(engine), "Secretive about a new older friend");

        HttpResponse<String> anonymous = TasklistLogin.anonymousGet(port, "/demo/inbox");

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("Please sign in first", "To read your demo inbox")
                .doesNotContain(reference, "/concerns/");
    }

    @Test
    void healthIsUpBecauseTheEmailsHaveAServer() throws Exception {
        HttpResponse<String> health = TasklistLogin.anonymousGet(port, "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theStartPageLinksTheInbox() throws Exception {
        assertThat(TasklistLogin.anonymousGet(port, "/").body()).contains("href=\"/demo/inbox\"");
    }
}
