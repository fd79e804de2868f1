package uk.fostering.safeguarding.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Roles;

@IntegrationTest
class ConcurrentReferencesTest {

    @Autowired
    RaisingConcerns concerns;

    @Test
    void concernsRaisedAtTheSameTimeGetDistinctReferences() throws Exception {
        Caller carol = new Caller("carol", List.of(Roles.CARERS));
        Instant observed = Instant.now().minus(1, ChronoUnit.HOURS);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            // forty different concerns (the same one twice would be refused as a duplicate)
            List<Callable<String>> calls = IntStream.range(0, 40)
                    .<Callable<String>>mapToObj(i -> () -> concerns.raise(new RaiseConcern("C-1001", ConcernCategory.CSE,
                            "Seen at the bus station at night, sighting " + i, List.of(), observed, false, false), carol)
                            .getReference()).toList();
            List<String> references = pool.invokeAll(calls).stream().map(ConcurrentReferencesTest::get).toList();
            assertThat(references).hasSize(40).doesNotHaveDuplicates()
                    .allSatisfy(r -> assertThat(r).matches("SC-\\d{4}-\\d{6}"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
