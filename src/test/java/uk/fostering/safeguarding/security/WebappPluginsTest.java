package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TasklistLogin;

/**
 * Finding 11 of issue 12: Cockpit's plugin API counted every process instance of the service for any signed-in
 * person, a carer included. Its data is for managers and administrators, its service-wide statistics for
 * administrators only; Admin's plugin data for administrators.
 */
@IntegrationTest
class WebappPluginsTest {

    private static final String STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    private static final String STATISTICS_COUNT = STATISTICS + "-count";

    @LocalServerPort
    int port;

    @Test
    void cockpitsServiceWideCountsAreForAdministratorsOnly() throws Exception {
        for (String person : new String[] {"carol", "sam", "sophie", "eddie", "ivan", "mark"}) {
            TasklistLogin tasklist = TasklistLogin.signIn(port, person);
            assertThat(tasklist.get(STATISTICS).statusCode()).as(person).isEqualTo(403);
            assertThat(tasklist.get(STATISTICS_COUNT).statusCode()).as(person).isEqualTo(403);
            assertThat(tasklist.get(STATISTICS_COUNT).body()).as(person).doesNotContain("count");
        }
        TasklistLogin admin = TasklistLogin.signIn(port, "admin", "cockpit");
        assertThat(admin.get(STATISTICS_COUNT).statusCode()).isEqualTo(200);
    }

    @Test
    void cockpitsDataIsForManagersAndAdminsPluginsOfAdminForAdministrators() throws Exception {
        String called = "/camunda/api/cockpit/plugin/base/default/process-instance/count";
        assertThat(TasklistLogin.signIn(port, "carol").send("POST", called, "{}").statusCode()).isEqualTo(403);
        assertThat(TasklistLogin.signIn(port, "mark", "cockpit").send("POST", called, "{}").statusCode()).isNotEqualTo(403);
        String adminPlugin = "/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated";
        assertThat(TasklistLogin.signIn(port, "mark").get(adminPlugin).statusCode()).isEqualTo(403);
        assertThat(TasklistLogin.signIn(port, "mark").get("/camunda/api/cockpit/plugin/base/static/app/plugin.js")
                .statusCode()).as("static plugin files stay as Camunda serves them").isNotEqualTo(403);
    }

    @Test
    void anonymousCallersGetNothing() throws Exception {
        assertThat(TasklistLogin.anonymousGet(port, STATISTICS_COUNT).statusCode()).isIn(401, 403);
    }
}
