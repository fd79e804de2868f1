package uk.fostering.safeguarding.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed passwords, counted per (account, source address) and per source address, never per account
 * alone: someone who knows a person's user id can only shut their own address out, for a bounded
 * time, and the person's right password from anywhere else still works. A refused attempt does not
 * reach the password check and does not count, so a lock is never renewed by hammering it.
 * A success clears the pair's count, not the source's (a known good login must not buy more guesses).
 * In memory, per node, bounded in size: when full, the longest-unused entry is forgotten.
 */
public class LoginThrottle {

    /** A number of failures within a window, and how long the lock that follows lasts. */
    public record Limit(int failures, Duration window, Duration lock) {
    }

    /** 5 wrong passwords for one account from one address: that address waits 5 minutes for that account. */
    public static final Limit PER_ACCOUNT_AND_SOURCE = new Limit(5, Duration.ofMinutes(15), Duration.ofMinutes(5));
    /** 20 wrong passwords from one address within 10 minutes, whatever the accounts: it waits 15 minutes. */
    public static final Limit PER_SOURCE = new Limit(20, Duration.ofMinutes(10), Duration.ofMinutes(15));
    static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final Limit perPair;
    private final Limit perSource;
    private final Counters pairs = new Counters();
    private final Counters sources = new Counters();

    public LoginThrottle(Clock clock) {
        this(clock, PER_ACCOUNT_AND_SOURCE, PER_SOURCE);
    }

    public LoginThrottle(Clock clock, Limit perPair, Limit perSource) {
        this.clock = clock;
        this.perPair = perPair;
        this.perSource = perSource;
    }

    /** How long this attempt must wait, if it must: then it is refused without checking the password. */
    public synchronized Optional<Duration> waitBefore(String account, String source) {
        Instant now = clock.instant();
        Duration pair = pairs.remainingLock(pairKey(account, source), now, perPair);
        Duration address = sources.remainingLock(source, now, perSource);
        Duration longer = pair.compareTo(address) >= 0 ? pair : address;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    public synchronized void failed(String account, String source) {
        Instant now = clock.instant();
        pairs.fail(pairKey(account, source), now, perPair);
        sources.fail(source, now, perSource);
    }

    public synchronized void succeeded(String account, String source) {
        pairs.forget(pairKey(account, source));
    }

    private static String pairKey(String account, String source) {
        return account + '\u0000' + source;
    }

    private static final class Counter {
        Instant windowStart;
        int failures;
        Instant lockedUntil = Instant.MIN;
    }

    /** Access-ordered and capped, so that a flood of made-up user ids cannot exhaust the heap. */
    private static final class Counters extends LinkedHashMap<String, Counter> {

        Counters() {
            super(256, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Counter> eldest) {
            return size() > MAX_ENTRIES;
        }

        /** Never longer than the lock itself, even when the clock was set back after the lock began. */
        Duration remainingLock(String key, Instant now, Limit limit) {
            Counter counter = get(key);
            if (counter == null || !counter.lockedUntil.isAfter(now)) {
                return Duration.ZERO;
            }
            if (Duration.between(now, counter.lockedUntil).compareTo(limit.lock()) > 0) {
                counter.lockedUntil = now.plus(limit.lock());
            }
            return Duration.between(now, counter.lockedUntil);
        }

        void fail(String key, Instant now, Limit limit) {
            Counter counter = computeIfAbsent(key, k -> new Counter());
            if (counter.windowStart == null || now.isBefore(counter.windowStart)
                    || !now.isBefore(counter.windowStart.plus(limit.window()))) {
                counter.windowStart = now;
                counter.failures = 0;
            }
            counter.failures++;
            if (counter.failures >= limit.failures()) {
                counter.lockedUntil = now.plus(limit.lock());
                counter.windowStart = null;
            }
        }

        void forget(String key) {
            remove(key);
        }
    }
}
