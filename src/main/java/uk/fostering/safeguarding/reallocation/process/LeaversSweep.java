package uk.fostering.safeguarding.reallocation.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import uk.fostering.safeguarding.registry.Leavers;

/**
 * A leaving day set ahead (a carer's {@code approved_to}, a member of staff's {@code left_on}) stops their sign-in
 * when it comes ({@link Leavers}); this nightly run moves their open steps to who takes over, as a change made on
 * the day would have. It looks a week back, so a night the service was down is made up the next night; moving is
 * idempotent ({@link StepsOfLeaver}), so a second run, or a second node running it too, finds nothing left.
 */
@Configuration
@EnableScheduling
public class LeaversSweep {

    /** Who records the move in the chronology: the service itself, not a person. */
    static final String ACTOR = "system";
    private static final Period LOOK_BACK = Period.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(LeaversSweep.class);

    private final Leavers leavers;
    private final StepsOfLeaver steps;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LeaversSweep(Leavers leavers, StepsOfLeaver steps, TransactionTemplate transactions, Clock clock) {
        this.leavers = leavers;
        this.steps = steps;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${safeguarding.leavers.sweep-cron:0 5 0 * * *}", zone = "Europe/London")
    public void sweep() {
        for (String userId : leavers.since(LocalDate.now(clock).minus(LOOK_BACK))) {
            try {
                // one transaction each: a step another node moved at the same moment fails this one only
                transactions.executeWithoutResult(status -> steps.moveToManager(userId, ACTOR));
            } catch (RuntimeException e) {
                log.warn("Moving the open steps of leaver {} failed; the next run tries again: {}", userId, e.toString());
            }
        }
    }
}
