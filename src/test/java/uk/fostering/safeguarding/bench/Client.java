package uk.fostering.safeguarding.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Real HTTP as users call the app (HTTP Basic, demo passwords equal the user ids), and as an integration calls the
 * bare webapp's REST API.
 */
final class Client {

    private final String base;
    private final ObjectMapper json = new ObjectMapper();
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

    /**
     * Starts {@link BareEngine}'s model on the bare webapp over Camunda's REST API, as {@code user}, with the given
     * variables (their types taken from the JSON values, as the Java API takes them from the objects); fails on
     * anything but 200.
     */
    void startBareConcern(String user, String businessKey, Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        variables.forEach((name, value) -> values.put(name, Map.of("value", value)));
        String body;
        try {
            body = json.writeValueAsString(Map.of("businessKey", businessKey, "variables", values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpResponse<String> response = send(request(user, "/engine-rest/process-definition/key/" + BareEngine.KEY
                + "/start").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("start answered " + response.statusCode() + ": " + response.body());
        }
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
