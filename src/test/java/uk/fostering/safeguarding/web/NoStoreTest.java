package uk.fostering.safeguarding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.TestConcerns;

/** Finding 11 of issue 12: no browser or proxy keeps a response that carries a child's record. */
@IntegrationTest
class NoStoreTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @Test
    void theServicesApiAndCamundasRestApiAreNeverStored() {
        assertNoStore(http.withBasicAuth("carol", "carol").getForEntity("/api/concerns", String.class));
        assertNoStore(http.withBasicAuth("carol", "carol").getForEntity("/engine-rest/task?maxResults=50", String.class));
        assertNoStore(http.getForEntity("/api/concerns", String.class));
    }

    @Test
    void concernPagesTheDashboardAndTasklistsDataAreNeverStored() throws Exception {
        String reference = new TestConcerns(engine).raiseInTasklist("carol",
                TestConcerns.startForm("C-1001", "Seen with an older man outside the school")).getBusinessKey();
        TasklistLogin carol = TasklistLogin.signIn(port, "carol");
        TasklistLogin mark = TasklistLogin.signIn(port, "mark");

        assertNoStore(carol.get("/concerns/" + reference), 200);
        assertNoStore(mark.get("/dashboard"), 200);
        assertNoStore(carol.get("/camunda/api/engine/engine/default/task?maxResults=50"), 200);
        assertNoStore(carol.get("/camunda/api/engine/engine/default/process-instance?maxResults=50"), 200);
    }

    private static void assertNoStore(ResponseEntity<String> response) {
        assertThat(response.getHeaders().get(HttpHeaders.CACHE_CONTROL)).containsExactly("no-store");
        assertThat(response.getHeaders().get(HttpHeaders.PRAGMA)).containsExactly("no-cache");
    }

    private static void assertNoStore(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.headers().allValues("Pragma")).containsExactly("no-cache");
    }
}
