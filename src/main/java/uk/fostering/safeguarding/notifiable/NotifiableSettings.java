package uk.fostering.safeguarding.notifiable;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which events the service enters in the register by itself, as they happen (the others are entered by staff):
 * {@code safeguarding.notifiable.registered-by-the-service}. README gives the source of each default.
 */
@ConfigurationProperties("safeguarding.notifiable")
public record NotifiableSettings(Set<NotifiableEventKind> registeredByTheService) {

    public NotifiableSettings {
        registeredByTheService = registeredByTheService == null || registeredByTheService.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(registeredByTheService));
    }

    public boolean registersItself(NotifiableEventKind kind) {
        return registeredByTheService.contains(kind);
    }
}
