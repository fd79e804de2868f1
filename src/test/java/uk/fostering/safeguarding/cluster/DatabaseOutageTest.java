package uk.fostering.safeguarding.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import uk.fostering.safeguarding.TestPostgres;

/**
 * The database goes away for a while: the application says it is unhealthy, answers with an error
 * instead of accepting what it cannot store, and recovers by itself when the database is back.
 * Its own PostgreSQL server (not the shared one), because the test stops and restarts it.
 */
@Tag("cluster")
class DatabaseOutageTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDirectory;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void whileTheDatabaseIsDownTheAppSaysSoAcceptsNothingAndRecoversByItself() throws Exception {
        int port = AppProcess.freePort();
        EmbeddedPostgres database = startPostgres(port);
        List<String> settings = new ArrayList<>(List.of("--spring.mail.port=" + mail.getSmtp().getPort(),
                // fail a request after 2 seconds without a connection instead of Hikari's default 30
                "--spring.datasource.hikari.connection-timeout=2000"));
        TestPostgres.datasource(database, "postgres").forEach((key, value) -> settings.add("--" + key + "=" + value));
        try (AppProcess app = AppProcess.start(Path.of("target", "database-outage.log"), settings)) {
            // given a concern accepted while all is well
            assertThat(raise(app).statusCode()).isEqualTo(201);

            // when the database stops
            database.close();

            // then the app reports itself unhealthy, and a new concern gets an error, never a 201
            await().atMost(Duration.ofMinutes(1)).until(() -> app.health() == 503);
            HttpResponse<String> refused = raise(app);
            assertThat(refused.statusCode()).as(refused.body()).isBetween(500, 599);

            // when the database is back, the app recovers without a restart and accepts concerns again
            database = startPostgres(port);
            await().atMost(Duration.ofMinutes(1)).until(() -> app.health() == 200);
            assertThat(raise(app).statusCode()).isEqualTo(201);

            // and exactly the two accepted concerns exist
            assertThat(json.readTree(app.get("carol", "/api/concerns").body())).hasSize(2);
        } finally {
            database.close();
        }
    }

    private static HttpResponse<String> raise(AppProcess app) {
        return app.post("carol", "/api/concerns", """
                {"childId":"C-1002","category":"CSE","summary":"Seen getting into a car with two adults",
                 "indicators":["UNKNOWN_ADULTS_OR_CARS"],"observedAt":"%s","childMissing":false,"immediateDanger":false}
                """.formatted(Instant.now().minus(Duration.ofHours(1))));
    }

    /** The same data directory and port each time, so the restarted server is the same database to the app. */
    private EmbeddedPostgres startPostgres(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port)
                .start();
    }
}
