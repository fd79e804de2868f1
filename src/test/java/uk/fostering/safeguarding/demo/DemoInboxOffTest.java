package uk.fostering.safeguarding.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;

/** With the demo mail server off (as in every other integration test) there is no inbox page and no link to it. */
@IntegrationTest
class DemoInboxOffTest {

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void noServerNoPageNoLink() throws Exception {
        assertThat(context.getBeansOfType(DemoMailServer.class)).isEmpty();

        HttpResponse<String> signedIn = TasklistLogin.signIn(port, "sam").get("/demo/inbox");
        assertThat(signedIn.statusCode()).isEqualTo(404);
        assertThat(TasklistLogin.anonymousGet(port, "/demo/inbox").statusCode()).isEqualTo(404);
        assertThat(TasklistLogin.anonymousGet(port, "/").body()).doesNotContain("/demo/inbox");
    }
}
