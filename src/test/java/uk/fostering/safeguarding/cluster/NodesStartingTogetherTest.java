package uk.fostering.safeguarding.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import uk.fostering.safeguarding.TestPostgres;

/**
 * A rolling restart or an autoscaler starts two nodes at the same moment on a database whose schema is there
 * already. Both write the service's start-up state (groups, grants, Tasklist filters, demo people) and both must
 * come up. Each round starts the two nodes together from two threads; a barrier in each node holds it just before
 * its start-up writes until the other node is there too, so that the writes really meet (without the start-up lock,
 * shared.StartupWrites, this failed within ten rounds: a duplicate grant, or ENGINE-03005 on a changed one).
 */
@Tag("cluster")
class NodesStartingTogetherTest {

    /** Three rounds in CI; run more locally with -DnodesStartingTogether.rounds=10. */
    private static final int ROUNDS = Integer.getInteger("nodesStartingTogether.rounds", 3);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @Test
    void twoNodesStartedTogetherOnAnExistingSchemaBothComeUpEveryTime() throws Exception {
        Map<String, Object> database = TestPostgres.freshDatabase("starting_together");
        // the schema and the start-up state exist, as before any restart
        Node.start("first", database, mail.getSmtp().getPort()).close();

        for (int round = 1; round <= ROUNDS; round++) {
            List<Node> nodes = startTogether(database, "a" + round, "b" + round);
            try {
                assertThat(nodes).as("round %d", round).allSatisfy(node ->
                        assertThat(node.bean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.UP));
            } finally {
                nodes.forEach(Node::close);
            }
        }
        // and what start-up writes is there once, however many nodes wrote it
        try (Node last = Node.start("last", database, mail.getSmtp().getPort())) {
            assertThat(last.jdbc().queryForObject("select count(*) from (select type_, group_id_, user_id_, resource_type_, "
                    + "resource_id_ from act_ru_authorization group by type_, group_id_, user_id_, resource_type_, resource_id_ "
                    + "having count(*) > 1) twice", Long.class)).isZero();
            assertThat(last.jdbc().queryForObject("select count(*) from act_ru_filter", Long.class)).isEqualTo(4);
        }
    }

    /** Starts two nodes from two threads at once; fails with the first node's start-up error, if any. */
    private static List<Node> startTogether(Map<String, Object> database, String one, String other) throws Exception {
        CyclicBarrier atStartUpWrites = new CyclicBarrier(2);
        CountDownLatch firstHasLogging = new CountDownLatch(1);
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            List<Future<Node>> started = new ArrayList<>();
            started.add(starters.submit(() -> Node.start(one, database, mail.getSmtp().getPort(), atStartUpWrites,
                    firstHasLogging::countDown)));
            started.add(starters.submit(() -> {
                firstHasLogging.await(3, TimeUnit.MINUTES);
                return Node.start(other, database, mail.getSmtp().getPort(), atStartUpWrites);
            }));
            List<Node> nodes = new ArrayList<>();
            List<Exception> failures = new ArrayList<>();
            for (Future<Node> node : started) {
                try {
                    nodes.add(node.get());
                } catch (Exception e) {
                    failures.add(e);
                }
            }
            if (!failures.isEmpty()) {
                nodes.forEach(Node::close);
                throw failures.get(0);
            }
            return nodes;
        } finally {
            starters.shutdown();
        }
    }
}
