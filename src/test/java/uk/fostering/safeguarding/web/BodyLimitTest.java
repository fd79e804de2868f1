package uk.fostering.safeguarding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;
import uk.fostering.safeguarding.concern.ConcernRepository;

/**
 * Finding 7 of issue 12: a chunked body (no Content-Length) of a few MB is refused with 413 once it passes the
 * 64 KB cap, on every kind of path, after the server read only a little of it, and nothing is stored.
 */
@IntegrationTest
class BodyLimitTest {

    /** Far more than the cap and than the sockets' buffers: a server that read it whole would pull all of it. */
    private static final long BODY_BYTES = 32L * 1024 * 1024;
    /** What the client may have pushed into the connection's buffers before the server stopped reading. */
    private static final long BOUND = BODY_BYTES / 4;

    @LocalServerPort
    int port;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    HistoryService history;

    static Stream<Arguments> chunkedBodies() {
        return Stream.of(
                Arguments.of("the service's API", "/api/concerns", "application/json",
                        "{\"childId\":\"C-1001\",\"category\":\"CSE\",\"summary\":\""),
                Arguments.of("Camunda's REST API", "/engine-rest/process-definition/key/safeguardingConcern/submit-form",
                        "application/json", "{\"variables\":{\"summary\":{\"type\":\"String\",\"value\":\""),
                Arguments.of("Tasklist's own API", "/camunda/api/engine/engine/default/process-definition/key/"
                        + "safeguardingConcern/submit-form", "application/json",
                        "{\"variables\":{\"summary\":{\"type\":\"String\",\"value\":\""),
                Arguments.of("a form post read by the server's form parser", "/camunda/api/admin/auth/user/default/login/tasklist",
                        "application/x-www-form-urlencoded", "username=carol&password=carol&padding="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chunkedBodies")
    void aChunkedBodyOverTheCapIsRefusedBeforeItIsReadWhole(String where, String path, String type, String start)
            throws Exception {
        long concernsBefore = concerns.count();
        long processesBefore = history.createHistoricProcessInstanceQuery().count();
        Endless body = new Endless(start, BODY_BYTES);

        int status = send(path, type, body);

        assertThat(status).isEqualTo(413);
        assertThat(body.supplied).as("bytes the client had to supply").isLessThan(BOUND);
        assertThat(concerns.count()).isEqualTo(concernsBefore);
        assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(processesBefore);
    }

    /**
     * Signed in as carol (Tasklist's session and CSRF token, and HTTP Basic for the APIs), sent without a length.
     * Answers the status line the server sent. Having answered 413, the server stops reading and closes the
     * connection while the client is still sending, so the client may see the connection reset after it.
     */
    private int send(String path, String type, Endless body) throws Exception {
        TasklistLogin carol = TasklistLogin.signIn(port, "carol");
        AtomicInteger status = new AtomicInteger();
        try {
            carol.send(HttpRequest.newBuilder(carol.uri(path)).header("Content-Type", type)
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("carol:carol".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)), info -> {
                        status.set(info.statusCode());
                        return HttpResponse.BodySubscribers.discarding();
                    });
        } catch (IOException reset) {
            assertThat(status.get()).as("a status line before the connection closed: " + reset).isPositive();
        }
        return status.get();
    }

    /** A body that starts like a real one and goes on with letters; counts what the server pulled. */
    private static final class Endless extends InputStream {

        private final byte[] start;
        private final long length;
        private volatile long supplied;

        Endless(String start, long length) {
            this.start = start.getBytes(StandardCharsets.UTF_8);
            this.length = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (supplied >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - supplied);
            Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            for (int i = 0; i < n && supplied + i < start.length; i++) {
                buffer[offset + i] = start[(int) supplied + i];
            }
            supplied += n;
            return n;
        }
    }
}
