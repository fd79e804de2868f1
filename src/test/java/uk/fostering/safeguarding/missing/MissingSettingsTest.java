package uk.fostering.safeguarding.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.fostering.safeguarding.shared.RiskLevel;

class MissingSettingsTest {

    private static final Duration DAY = Duration.ofHours(24);

    @Test
    void aLevelListedHasItsOwnWaitAndTheOthersTheDefault() {
        MissingSettings settings = new MissingSettings(DAY, Map.of(RiskLevel.HIGH, Duration.ZERO,
                RiskLevel.CRITICAL, Duration.ZERO), Duration.ofDays(90), 3);

        assertThat(settings.strategyDiscussionAfter(RiskLevel.CRITICAL)).isZero();
        assertThat(settings.strategyDiscussionAfter(RiskLevel.HIGH)).isZero();
        assertThat(settings.strategyDiscussionAfter(RiskLevel.MEDIUM)).isEqualTo(DAY);
        assertThat(settings.strategyDiscussionAfter(RiskLevel.LOW)).isEqualTo(DAY);
    }

    @Test
    void noLevelsListedMeansTheDefaultEverywhere() {
        MissingSettings settings = new MissingSettings(DAY, null, Duration.ofDays(90), 3);

        assertThat(settings.strategyDiscussionAfter(RiskLevel.CRITICAL)).isEqualTo(DAY);
    }

    @Test
    void aNegativeWaitStopsStartUpWithThePropertysName() {
        assertThatThrownBy(() -> new MissingSettings(DAY, Map.of(RiskLevel.HIGH, Duration.ofMinutes(-1)),
                Duration.ofDays(90), 3)).hasMessageContaining("safeguarding.missing.strategy-discussion-after-by-level.HIGH");
    }
}
