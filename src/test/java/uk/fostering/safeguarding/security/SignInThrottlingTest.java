package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.security.FromAddress.Answer;

/**
 * Wrong passwords sent by someone who knows a user id shut out only the sender's address, for a few
 * minutes, on every password check: HTTP Basic on /api and /engine-rest, and the webapps' login.
 * Each test attacks from its own loopback address, so that the shared application keeps no lock
 * for the address every other test uses (127.0.0.1).
 */
@IntegrationTest
class SignInThrottlingTest {

    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void anAttackersWrongPasswordsDoNotKeepSophieOutAndLockHerOutOfNothing() throws Exception {
        FromAddress attacker = new FromAddress("127.0.0.2", port);
        FromAddress sophiesDesk = new FromAddress("127.0.0.1", port);

        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(attacker.basic("/api/concerns", "sophie", "guess" + i));
        }

        assertThat(answers.stream().map(Answer::status).toList())
                .containsExactly(401, 401, 401, 401, 401, 429, 429, 429, 429, 429);
        assertThat(Long.parseLong(answers.get(9).header("Retry-After").orElseThrow())).isBetween(1L, 300L);
        UserEntity sophie = (UserEntity) identityService.createUserQuery().userId("sophie").singleResult();
        assertThat(sophie.getLockExpirationTime()).as("Camunda's own lock").satisfiesAnyOf(
                until -> assertThat(until).isNull(), until -> assertThat(until).isBeforeOrEqualTo(ClockUtil.now()));
        assertThat(sophiesDesk.basic("/api/concerns", "sophie", "sophie").status()).isEqualTo(200);
        assertThat(sophiesDesk.basic("/engine-rest/task?maxResults=10", "sophie", "sophie").status()).isEqualTo(200);

        // from the attacker's address even the right password waits, for the bounded time only
        assertThat(attacker.basic("/api/concerns", "sophie", "sophie").status()).isEqualTo(429);
        later(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(attacker.basic("/api/concerns", "sophie", "sophie").status()).isEqualTo(200);
    }

    @Test
    void anAddressThatGuessesAcrossAccountsWaitsFifteenMinutesForEveryAccount() throws Exception {
        FromAddress sprayer = new FromAddress("127.0.0.3", port);
        for (int i = 0; i < 20; i++) {
            assertThat(sprayer.basic("/engine-rest/task?maxResults=10", "person" + i, "Summer2026").status())
                    .isEqualTo(401);
        }

        Answer refused = sprayer.basic("/api/concerns", "carol", "carol");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(890L, 900L);
        assertThat(new FromAddress("127.0.0.1", port).basic("/api/concerns", "carol", "carol").status()).isEqualTo(200);
        later(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(sprayer.basic("/api/concerns", "carol", "carol").status()).isEqualTo(200);
    }

    @Test
    void theWebappsLoginIsThrottledTheSameWay() throws Exception {
        FromAddress attacker = new FromAddress("127.0.0.4", port);
        Map<String, String> headers = openedTasklist(attacker);

        List<Integer> statuses = new ArrayList<>();
        for (String password : List.of("a", "b", "c", "d", "e", "eddie")) {
            statuses.add(login(attacker, headers, password).status());
        }

        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
        later(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(login(attacker, headers, "eddie").status()).isEqualTo(200);
    }

    @Test
    void aRefusalBeforeThePasswordCheckDoesNotClearTheCount() throws Exception {
        FromAddress attacker = new FromAddress("127.0.0.6", port);
        Map<String, String> headers = openedTasklist(attacker);
        Map<String, String> withoutCsrfToken = Map.of("Cookie", headers.get("Cookie"),
                "Content-Type", "application/x-www-form-urlencoded");

        List<Integer> statuses = new ArrayList<>();
        for (String password : List.of("a", "b", "c", "d")) {
            statuses.add(login(attacker, headers, password).status());
        }
        statuses.add(login(attacker, withoutCsrfToken, "eddie").status());
        // Camunda's CSRF filter then wants a fresh page; the count is per account and address, not per session
        Map<String, String> reopened = openedTasklist(attacker);
        statuses.add(login(attacker, reopened, "f").status());
        statuses.add(login(attacker, reopened, "eddie").status());

        assertThat(statuses).containsExactly(401, 401, 401, 401, 403, 401, 429);
    }

    @Test
    void camundasOwnPasswordCheckOverRestIsClosedBecauseItAnswers200EitherWay() throws Exception {
        Answer verify = new FromAddress("127.0.0.5", port).send("POST", "/engine-rest/identity/verify",
                Map.of("Authorization", "Basic Y2Fyb2w6Y2Fyb2w=", "Content-Type", "application/json"),
                "{\"username\":\"sophie\",\"password\":\"guess\"}");

        assertThat(verify.status()).isEqualTo(403);
    }

    /** Opens Tasklist's page as a browser would: the session and CSRF cookies the login form sends. */
    private static Map<String, String> openedTasklist(FromAddress from) throws IOException {
        Answer page = from.send("GET", "/camunda/app/tasklist/default/", Map.of(), null);
        Map<String, String> cookies = page.headers().getOrDefault("set-cookie", List.of()).stream()
                .map(cookie -> cookie.split(";", 2)[0].split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1], (first, second) -> second));
        return Map.of("Cookie", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")),
                "X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"), "Content-Type", "application/x-www-form-urlencoded");
    }

    private static Answer login(FromAddress from, Map<String, String> headers, String password) throws IOException {
        return from.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", headers,
                "username=eddie&password=" + password);
    }

    private static void later(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.now().getTime() + duration.toMillis()));
    }
}
