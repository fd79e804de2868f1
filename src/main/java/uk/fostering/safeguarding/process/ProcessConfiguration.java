package uk.fostering.safeguarding.process;

import java.time.Clock;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fostering.safeguarding.shared.ServiceTime;

@Configuration(proxyBeanMethods = false)
class ProcessConfiguration {

    /** English services work to UK time ({@link ServiceTime}): working hours, bank holidays and "today" follow it. */
    @Bean
    Clock clock() {
        return new EngineClock(ServiceTime.ZONE);
    }

    /** "Not in the future" in validation means the engine's now, like every other time in the service. */
    @Bean
    ValidationConfigurationCustomizer engineClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
