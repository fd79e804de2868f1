package uk.fostering.safeguarding.bench;

import java.nio.file.Path;
import java.util.List;
import uk.fostering.bench.peer.BareWebapp;
import uk.fostering.safeguarding.cluster.AppProcess;

/**
 * The raise measure's peer: {@link BareWebapp} in a JVM of its own, started as the app is, and raising = starting
 * {@link BareEngine}'s model over {@code /engine-rest} with HTTP Basic, with the bare engine's variables, from one
 * shared HTTP client as {@link Client} calls the app.
 */
final class BareWebappPeer implements AutoCloseable {

    static final String ADMIN = "admin";

    private final AppProcess process;
    private final Client client;
    private int started;

    private BareWebappPeer(AppProcess process) {
        this.process = process;
        this.client = new Client(process.port());
    }

    /** Starts the webapp with the given JVM options and settings and waits until it is healthy. */
    static BareWebappPeer start(Path log, List<String> jvmOptions, List<String> settings) {
        return new BareWebappPeer(AppProcess.start(log, AppProcess.testClasspath(), BareWebapp.class.getName(),
                jvmOptions, settings));
    }

    AppProcess process() {
        return process;
    }

    /** Starts {@code count} instances from {@code clients} client threads; answers instances/s. */
    double startInstances(int clients, int count) {
        int first = started;
        started += count;
        return Timing.rate(clients, count, i -> client.startBareConcern(ADMIN, "PEER-" + (first + i), BareEngine.variables(i)));
    }

    @Override
    public void close() {
        process.stop();
    }
}
