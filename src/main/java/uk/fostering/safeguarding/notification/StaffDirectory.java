package uk.fostering.safeguarding.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.calendar.WorkingCalendar;
import uk.fostering.safeguarding.process.People;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.Roles;

/** The recipient rules' view of the service: office hours now, the duty team's members, managers. */
@Component
class StaffDirectory implements Recipient.Directory {

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final People people;
    private final Registry registry;

    StaffDirectory(WorkingCalendar calendar, Clock clock, People people, Registry registry) {
        this.calendar = calendar;
        this.clock = clock;
        this.people = people;
        this.registry = registry;
    }

    @Override
    public boolean isOfficeHoursNow() {
        return calendar.isOfficeHours(clock.instant());
    }

    @Override
    public List<String> emergencyDutyTeam() {
        return people.membersOf(Roles.EMERGENCY_DUTY_TEAM);
    }

    @Override
    public Optional<String> managerOf(String userId) {
        return registry.managerOf(userId);
    }

    @Override
    public Optional<String> registeredManager() {
        return registry.registeredManager();
    }
}
