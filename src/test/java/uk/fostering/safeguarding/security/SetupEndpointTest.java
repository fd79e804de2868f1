package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;

/**
 * CVE-2026-77226: the Admin webapp's first-run setup creates an administrator for anyone while it
 * thinks setup is open. With people (and an administrator) in place it is refused, CSRF token or not.
 */
@IntegrationTest
class SetupEndpointTest {

    private static final String NEW_ADMINISTRATOR = """
            {"profile": {"id": "intruder", "firstName": "I", "lastName": "N", "email": "intruder@example.org"},
             "credentials": {"password": "Intruder-password-2026"}}""";

    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

    @Test
    void anAnonymousCallerCannotCreateAnAdministratorOnceAnyoneExists() throws Exception {
        // a browser that opened Admin has the session and CSRF token the webapps ask for: only the lock refuses
        HttpResponse<String> answer = TasklistLogin.opened(port, "admin")
                .send("POST", "/camunda/api/admin/setup/default/user/create", NEW_ADMINISTRATOR);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(user -> user.getId()).containsExactly("admin");
    }
}
