package uk.fostering.safeguarding.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Office hours of the service. Bank holidays of England and Wales come from the jollyday library;
 * {@code extraClosedDays} adds local closures (for example a service closure between Christmas and
 * New Year, or a new bank holiday announced before the library knows of it).
 */
@ConfigurationProperties("safeguarding.working-time")
public record WorkingTime(
        @DefaultValue("09:00") LocalTime opens,
        @DefaultValue("17:00") LocalTime closes,
        @DefaultValue List<LocalDate> extraClosedDays) {

    public WorkingTime {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(
                    "safeguarding.working-time.opens must be before safeguarding.working-time.closes");
        }
        extraClosedDays = List.copyOf(extraClosedDays);
    }
}
