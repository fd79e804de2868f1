package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The throttle's rules on their own: by account and source, by source, always bounded in time. */
class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String SOPHIES_OFFICE = "198.51.100.20";

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveWrongPasswordsLockThatAccountFromThatAddressForFiveMinutesOnly() {
        IntStream.range(0, 4).forEach(i -> throttle.failed("sophie", ATTACKER));
        assertThat(throttle.waitBefore("sophie", ATTACKER)).isEmpty();

        throttle.failed("sophie", ATTACKER);

        assertThat(throttle.waitBefore("sophie", ATTACKER)).contains(Duration.ofMinutes(5));
        assertThat(throttle.waitBefore("sophie", SOPHIES_OFFICE)).isEmpty();
        assertThat(throttle.waitBefore("sam", ATTACKER)).isEmpty();
        clock.advance(Duration.ofMinutes(4));
        assertThat(throttle.waitBefore("sophie", ATTACKER)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitBefore("sophie", ATTACKER)).isEmpty();
    }

    @Test
    void aRefusedAttemptDoesNotCountSoTheLockIsNeverRenewedByHammering() {
        IntStream.range(0, 5).forEach(i -> throttle.failed("sophie", ATTACKER));
        // the filter refuses without checking the password and records nothing: only waitBefore is called
        IntStream.range(0, 1000).forEach(i -> throttle.waitBefore("sophie", ATTACKER));

        clock.advance(Duration.ofMinutes(5));

        assertThat(throttle.waitBefore("sophie", ATTACKER)).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        IntStream.range(0, 4).forEach(i -> throttle.failed("sophie", ATTACKER));
        clock.advance(Duration.ofMinutes(15));

        throttle.failed("sophie", ATTACKER);

        assertThat(throttle.waitBefore("sophie", ATTACKER)).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsCountFromThatAddress() {
        IntStream.range(0, 4).forEach(i -> throttle.failed("sophie", SOPHIES_OFFICE));
        throttle.succeeded("sophie", SOPHIES_OFFICE);

        throttle.failed("sophie", SOPHIES_OFFICE);

        assertThat(throttle.waitBefore("sophie", SOPHIES_OFFICE)).isEmpty();
    }

    @Test
    void twentyWrongPasswordsFromOneAddressAcrossAccountsLockThatAddressForFifteenMinutes() {
        IntStream.range(0, 20).forEach(i -> throttle.failed("user" + i, ATTACKER));

        assertThat(throttle.waitBefore("carol", ATTACKER)).contains(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("carol", SOPHIES_OFFICE)).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("carol", ATTACKER)).isEmpty();
    }

    @Test
    void aSuccessDoesNotBuyTheAddressMoreGuesses() {
        IntStream.range(0, 19).forEach(i -> throttle.failed("user" + i, ATTACKER));
        throttle.succeeded("frank", ATTACKER);

        throttle.failed("user19", ATTACKER);

        assertThat(throttle.waitBefore("frank", ATTACKER)).isPresent();
    }

    @Test
    void atMostEightyGuessesAnHourFromOneAddressAndSixtyForOneAccount() {
        assertThat(guessesInAnHour(i -> "sophie")).isEqualTo(60);
        assertThat(guessesInAnHour(i -> "user" + i)).isEqualTo(80);
    }

    @Test
    void aLockStaysBoundedWhenTheClockIsSetBack() {
        clock.advance(Duration.ofDays(2));
        IntStream.range(0, 5).forEach(i -> throttle.failed("sophie", ATTACKER));
        clock.advance(Duration.ofDays(-2));

        assertThat(throttle.waitBefore("sophie", ATTACKER)).contains(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.waitBefore("sophie", ATTACKER)).isEmpty();
    }

    @Test
    void memoryIsBoundedWhateverTheNumberOfMadeUpAccounts() {
        IntStream.range(0, LoginThrottle.MAX_ENTRIES + 5).forEach(i -> throttle.failed("nobody" + i, "192.0.2." + i % 250));

        IntStream.range(0, 4).forEach(i -> throttle.failed("sophie", SOPHIES_OFFICE));

        assertThat(throttle.waitBefore("sophie", SOPHIES_OFFICE)).isEmpty();
    }

    /** An attacker who sends each guess as soon as the throttle lets them, for an hour, from one address. */
    private int guessesInAnHour(java.util.function.IntFunction<String> account) {
        LoginThrottle fresh = new LoginThrottle(clock);
        Instant end = clock.instant().plus(Duration.ofHours(1));
        int guesses = 0;
        while (clock.instant().isBefore(end)) {
            var wait = fresh.waitBefore(account.apply(guesses), ATTACKER);
            if (wait.isPresent()) {
                clock.advance(wait.get());
            } else {
                fresh.failed(account.apply(guesses), ATTACKER);
                guesses++;
                clock.advance(Duration.ofSeconds(1));
            }
        }
        return guesses;
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
