package uk.fostering.safeguarding.missing;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * The missing-from-care rules that a service may set differently: how long a child may be away
 * before a strategy discussion is called (by the concern's risk level: at once for HIGH and CRITICAL
 * by default, {@code strategyDiscussionAfter} for the levels not listed), and how many episodes within
 * what time count as repeated going missing (which raises the concern's risk level to at least HIGH).
 */
@ConfigurationProperties("safeguarding.missing")
public record MissingSettings(Duration strategyDiscussionAfter, Map<RiskLevel, Duration> strategyDiscussionAfterByLevel,
        Duration repeatWindow, int repeatThreshold) {

    public MissingSettings {
        requirePositive(strategyDiscussionAfter, "strategy-discussion-after");
        requirePositive(repeatWindow, "repeat-window");
        if (repeatThreshold < 2) {
            throw new IllegalArgumentException("safeguarding.missing.repeat-threshold must be 2 or more, not "
                    + repeatThreshold);
        }
        Map<RiskLevel, Duration> byLevel = new EnumMap<>(RiskLevel.class);
        if (strategyDiscussionAfterByLevel != null) {
            strategyDiscussionAfterByLevel.forEach((level, after) -> {
                // zero is allowed here: "at once" is the point of a level's own timing
                if (after == null || after.isNegative()) {
                    throw new IllegalArgumentException("safeguarding.missing.strategy-discussion-after-by-level."
                            + level + " must be an ISO-8601 duration of zero or more, not " + after);
                }
                byLevel.put(level, after);
            });
        }
        strategyDiscussionAfterByLevel = Map.copyOf(byLevel);
    }

    /** How long after the child was last seen the strategy discussion is called, at this risk level. */
    public Duration strategyDiscussionAfter(RiskLevel level) {
        return strategyDiscussionAfterByLevel.getOrDefault(level, strategyDiscussionAfter);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("safeguarding.missing." + name
                    + " must be a positive ISO-8601 duration, not " + duration);
        }
    }
}
