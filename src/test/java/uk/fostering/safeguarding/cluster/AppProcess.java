package uk.fostering.safeguarding.cluster;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.jar.JarFile;
import uk.fostering.safeguarding.SafeguardingApplication;

/**
 * The application in a JVM of its own, started from the test classpath, so that a test can kill it
 * with SIGKILL (no shutdown hook, no graceful close) or watch it lose its database, and talk to it only
 * over HTTP as users and load balancers do.
 */
public final class AppProcess implements AutoCloseable {

    /** Generous: a start takes about 10 s alone, but minutes on a machine busy with other builds. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the app with the given settings (arguments win over application.yaml) and waits until it is healthy. */
    static AppProcess start(Path log, List<String> settings) {
        List<String> all = new ArrayList<>(List.of(
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000"));
        all.addAll(settings);
        // small and quick to start: two of these may run beside the test JVM on a 2-core machine
        return start(log, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), all);
    }

    /**
     * Starts the app with the given JVM options and settings, as an operator would run it, and waits until it is
     * healthy. The benchmark uses this to measure the app as configured, without the test's small-JVM options.
     */
    public static AppProcess start(Path log, List<String> jvmOptions, List<String> settings) {
        return start(log, testClasspath(), jvmOptions, settings);
    }

    /** As {@link #start(Path, List, List)}, from the given class path (the benchmark's jars for class-data sharing). */
    public static AppProcess start(Path log, String classpath, List<String> jvmOptions, List<String> settings) {
        return start(log, classpath, SafeguardingApplication.class.getName(), jvmOptions, settings);
    }

    /**
     * As {@link #start(Path, String, List, List)}, for another Spring Boot main class with Actuator's health
     * endpoint: the benchmark's bare Camunda webapp, started and watched as the app is.
     */
    public static AppProcess start(Path log, String classpath, String mainClass, List<String> jvmOptions,
            List<String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass, "--server.port=" + port));
        command.addAll(settings);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            AppProcess app = new AppProcess(process, port);
            await().atMost(START_TIMEOUT).until(() -> !process.isAlive() || app.health() == 200);
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped during start-up; see " + log);
            }
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test classpath as a plain list, each entry once. Under surefire java.class.path is a jar whose
     * manifest names the entries; started through it, the app found its BPMN twice and refused to deploy.
     */
    public static String testClasspath() {
        String classpath = System.getProperty("java.class.path");
        List<String> entries = new ArrayList<>(List.of(classpath.split(File.pathSeparator)));
        if (entries.size() == 1 && classpath.endsWith(".jar")) {
            try (JarFile jar = new JarFile(classpath)) {
                String manifestEntries = jar.getManifest().getMainAttributes().getValue("Class-Path");
                if (manifestEntries != null) {
                    URI base = Path.of(classpath).toUri();
                    entries = Arrays.stream(manifestEntries.trim().split("\\s+"))
                            .map(entry -> Path.of(base.resolve(entry)).toString()).toList();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.join(File.pathSeparator, new LinkedHashSet<>(entries));
    }

    /** The HTTP status of /actuator/health (200 up, 503 down), or -1 when nothing answers. */
    public int port() {
        return port;
    }

    int health() {
        try {
            return http.send(request("/actuator/health", null).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The operating system's id of the app's JVM, for /proc and jcmd. */
    public long pid() {
        return process.pid();
    }

    public HttpResponse<String> get(String user, String path) {
        return send(request(path, user).GET().build());
    }

    public HttpResponse<String> post(String user, String path, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** SIGKILL on Linux: the JVM stops at once, mid-transaction, as on a power cut or an OOM kill. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM: Spring's graceful shutdown, as an operator's stop; the JVM is gone when this returns. */
    public void stop() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            // the demo people's passwords equal their user ids
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
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

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
