package uk.fostering.safeguarding.shared;

import java.time.ZoneId;

/**
 * The service's time zone: English services work to UK time, so office hours, bank holidays, "today", the
 * times forms send without a zone and every time shown on a page follow it. A constant, not a setting: the
 * bank holidays and the guidance's working days are England's whatever the server's zone.
 */
public final class ServiceTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private ServiceTime() {
    }
}
