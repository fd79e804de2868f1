package uk.fostering.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import uk.fostering.safeguarding.shared.RiskLevel;

/** The shipped defaults bind, and a broken window stops start-up naming the property. */
class ResponseWindowsTest {

    @Test
    void shippedDefaultsFollowTheGuidance() throws IOException {
        ResponseWindows windows = bind(Map.of());

        assertThat(windows.of(Step.ADVISE_CARER).acknowledge()).containsEntry(RiskLevel.HIGH, Duration.ofHours(1))
                .containsEntry(RiskLevel.MEDIUM, Duration.ofHours(4));
        assertThat(windows.of(Step.DECIDE_NEXT_STEPS).complete()).containsEntry(RiskLevel.LOW, Duration.ofDays(1))
                .containsEntry(RiskLevel.CRITICAL, Duration.ofHours(2));
        assertThat(windows.of(Step.DECIDE_NEXT_STEPS).workingDays()).isTrue();
    }

    @Test
    void missingNegativeOrMalformedWindowsAreRefusedByName() {
        assertThatThrownBy(() -> bind(Map.of("safeguarding.escalation.steps.advise-carer.acknowledge.HIGH", "PT-1H")))
                .rootCause().hasMessageContaining("safeguarding.escalation.steps.advise-carer.acknowledge.HIGH");
        assertThatThrownBy(() -> bind(Map.of("safeguarding.escalation.steps.advise-carer.acknowledge.HIGH", "soon")))
                .hasMessageContaining("safeguarding.escalation.steps.advise-carer.acknowledge.high");
        assertThatThrownBy(() -> bind(Map.of("safeguarding.escalation.further-window", "PT0S")))
                .rootCause().hasMessageContaining("safeguarding.escalation.further-window");
    }

    static ResponseWindows bind(Map<String, String> overrides) throws IOException {
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        sources.add(new MapConfigurationPropertySource(overrides));
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
                .forEach(source -> ConfigurationPropertySources.from(source).forEach(sources::add));
        return new Binder(sources).bindOrCreate("safeguarding.escalation", ResponseWindows.class);
    }
}
