package uk.fostering.safeguarding.missing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The missing-from-care rules that a service may set differently: how long a child may be away
 * before a strategy discussion is called, and how many episodes within what time count as
 * repeated going missing (which raises the concern's risk level to at least HIGH).
 */
@ConfigurationProperties("safeguarding.missing")
public record MissingSettings(Duration strategyDiscussionAfter, Duration repeatWindow, int repeatThreshold) {

    public MissingSettings {
        requirePositive(strategyDiscussionAfter, "strategy-discussion-after");
        requirePositive(repeatWindow, "repeat-window");
        if (repeatThreshold < 2) {
            throw new IllegalArgumentException("safeguarding.missing.repeat-threshold must be 2 or more, not "
                    + repeatThreshold);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("safeguarding.missing." + name
                    + " must be a positive ISO-8601 duration, not " + duration);
        }
    }
}
