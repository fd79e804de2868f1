package uk.fostering.safeguarding.escalation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.fostering.safeguarding.shared.RiskLevel;

/**
 * How quickly each step must be acknowledged and completed, per risk level, and how long each
 * escalation level waits before the next (repeating at the top level). ISO-8601 durations; a step marked {@code working-days} counts whole days
 * in working days (P1D from Friday afternoon is Monday afternoon) and hours as elapsed time.
 * Anything missing, zero or negative stops start-up with the property's name.
 */
@ConfigurationProperties("safeguarding.escalation")
public record ResponseWindows(Duration furtherWindow, Map<Step, StepWindows> steps) {

    private static final String PREFIX = "safeguarding.escalation";

    public ResponseWindows {
        requirePositive(furtherWindow, PREFIX + ".further-window");
        if (steps == null) {
            throw new IllegalArgumentException(PREFIX + ".steps is missing");
        }
        for (Step step : Step.values()) {
            String name = PREFIX + ".steps." + step.name().toLowerCase().replace('_', '-');
            StepWindows windows = steps.get(step);
            if (windows == null) {
                throw new IllegalArgumentException(name + " is missing");
            }
            windows.check(name);
        }
        steps = new EnumMap<>(steps);
    }

    public StepWindows of(Step step) {
        return steps.get(step);
    }

    public record StepWindows(Map<RiskLevel, Duration> acknowledge, Map<RiskLevel, Duration> complete,
            boolean workingDays) {

        void check(String name) {
            for (RiskLevel level : RiskLevel.values()) {
                requirePositive(acknowledge == null ? null : acknowledge.get(level), name + ".acknowledge." + level);
                requirePositive(complete == null ? null : complete.get(level), name + ".complete." + level);
            }
        }
    }

    private static void requirePositive(Duration duration, String property) {
        if (duration == null) {
            throw new IllegalArgumentException(property + " is missing");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(property + " must be a positive ISO-8601 duration, not " + duration);
        }
    }
}
