package uk.fostering.safeguarding.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has left the service and since when: a foster carer from the day of deregistration, a member of staff from
 * the day after their last day ({@code left_on}), each once that day has come (UK time). Asked on every sign-in and
 * every signed-in request: one look-up by primary key in each table.
 */
@Service
@Transactional(readOnly = true)
public class Leavers {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public Leavers(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The day the person's access ended, if it has (user ids compared exactly, as Camunda's sign-in does). */
    public Optional<LocalDate> leftOn(String userId) {
        Map<String, Object> params = Map.of("user", userId, "day", LocalDate.now(clock));
        List<LocalDate> days = jdbc.queryForList("select approved_to from carer where user_id = :user "
                + "and approved_to <= :day union select left_on from staff_member where user_id = :user "
                + "and left_on <= :day", params, LocalDate.class);
        return days.stream().min(LocalDate::compareTo);
    }

    /** Who lost access on a day from {@code from} to today, both included: carers deregistered, staff who left. */
    public List<String> since(LocalDate from) {
        Map<String, Object> params = Map.of("from", from, "day", LocalDate.now(clock));
        return jdbc.queryForList("select user_id from carer where approved_to between :from and :day union "
                + "select user_id from staff_member where left_on between :from and :day order by 1", params,
                String.class);
    }
}
