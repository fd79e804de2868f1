package uk.fostering.safeguarding.process;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProcessConfiguration {

    /** English services work to UK time: working hours, bank holidays and "today" follow it. */
    @Bean
    Clock clock() {
        return new EngineClock(ZoneId.of("Europe/London"));
    }

    /** "Not in the future" in validation means the engine's now, like every other time in the service. */
    @Bean
    ValidationConfigurationCustomizer engineClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
