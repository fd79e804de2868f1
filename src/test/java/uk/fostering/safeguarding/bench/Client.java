package uk.fostering.safeguarding.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Real HTTP to the app as its users call it (HTTP Basic, demo passwords equal the user ids). */
final class Client {

    private final String base;
    // one client for every thread: it keeps a pool of connections as a browser or an integration would
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Client(int port) {
        this.base = "http://localhost:" + port;
    }

    /**
     * Raises a concern as carol (carer of C-1001 and C-1002) and answers the response body; fails on anything but 201.
     * Each summary is unique: the service answers 409 to the same concern raised twice.
     */
    String raiseConcern(int i) {
        HttpResponse<String> response = send(request("carol", "/api/concerns").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"childId":"%s","category":"CCE","summary":"Came home with cash and a second phone (%s)",
                         "indicators":["UNEXPLAINED_GIFTS"],"observedAt":"%s","childMissing":false,"immediateDanger":false}
                        """.formatted(i % 2 == 0 ? "C-1001" : "C-1002", UUID.randomUUID(), Instant.now().minus(Duration.ofHours(1))))).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("raise answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    HttpResponse<String> get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
