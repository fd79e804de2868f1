package uk.fostering.safeguarding.escalation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.fostering.safeguarding.audit.Audit;
import uk.fostering.safeguarding.registry.Caller;

/**
 * What the managers' dashboard shows, read from the service's own tables with a fixed few queries
 * whatever the number of open tasks: no per-task round trips to the engine.
 */
@Service
@Transactional(readOnly = true)
public class EscalationBoard {

    /** A manager's team is that of the person responsible (a carer's SSW's). */
    private static final String TEAMS = """
            left join staff_member s on s.user_id = e.responsible_id
            left join carer c on c.user_id = e.responsible_id
            left join household_ssw hs on hs.household_id = c.household_id and hs.to_date is null
            left join staff_member cs on cs.user_id = hs.ssw_id
            """;

    private static final String OPEN_WITH_FILTERS = """
            where e.resolved_at is null
              and (cast(:level as integer) is null or e.level = :level)
              and (cast(:step as varchar(64)) is null or e.step = :step)
            """;

    /** Open escalations matching the filters. */
    private static final String MATCHING = "from escalation e " + TEAMS + OPEN_WITH_FILTERS + """
              and (cast(:team as varchar(64)) is null or coalesce(s.team, cs.team, 'unknown') = :team)
            """;

    private static final String COLUMNS = """
            select e.concern_reference, e.task_id, e.step, e.step_name, e.responsible_id, e.reason, e.level,
                   e.deadline, e.escalated_at, coalesce(s.team, cs.team, 'unknown') as team
            """;

    /**
     * Deadline, then id for a stable order. It starts with resolved_at, the same (null) for every open row, so that
     * the order is the index's (V27) and the database reads the first rows in it instead of sorting them all: H2
     * does not count an {@code is null} condition as fixing the column for the order.
     */
    private static final String MOST_OVERDUE_FIRST = " order by e.resolved_at, e.deadline asc, e.id asc ";

    private static final String OPEN = COLUMNS + MATCHING + MOST_OVERDUE_FIRST + "fetch first :shown rows only";

    /**
     * The most overdue open escalations' ids, read from the index alone (V27). Package-private for
     * {@code EscalationBoardPlanTest}, which checks that plan on each database.
     */
    static final String MOST_OVERDUE_IDS = "select e.id from escalation e " + OPEN_WITH_FILTERS + MOST_OVERDUE_FIRST
            + "fetch first :shown rows only";

    /**
     * The same rows without the team filter: the most overdue picked before anything is joined, rather than every
     * open row joined to the teams and then sorted (at 50,000 open escalations most of the time H2 spent on the
     * board).
     */
    private static final String OPEN_ANY_TEAM = COLUMNS
            + "from (" + MOST_OVERDUE_IDS + ") shown join escalation e on e.id = shown.id " + TEAMS + MOST_OVERDUE_FIRST;

    private static final String BY_LEVEL = "select e.level, count(*) as escalation_count " + MATCHING
            + " group by e.level";

    /**
     * The same counts without the team filter, the common case, from the counts the database keeps as escalations
     * open and close (V28): counting every open row was most of a request at 50,000 of them.
     */
    private static final String BY_LEVEL_ANY_TEAM = """
            select level, sum(open_count) as escalation_count from escalation_open_count
            where (cast(:level as integer) is null or level = :level)
              and (cast(:step as varchar(64)) is null or step = :step)
            group by level
            """;

    private static final String PER_DAY = """
            select cast(occurred_at as date) as event_day, count(*) as escalation_count
            from concern_event
            where type = 'ESCALATED' and occurred_at >= :since
            group by cast(occurred_at as date)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    private final Audit audit;

    public EscalationBoard(NamedParameterJdbcTemplate jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * {@link #board} for a reader, each concern shown a read line in its audit trail saying where it was shown (so
     * not read-only: PostgreSQL refuses the audit's insert in a read-only transaction).
     */
    @Transactional
    public Board read(Caller reader, Optional<Integer> level, Optional<String> step, Optional<String> team, int shown,
            String where) {
        Board board = board(level, step, team, shown);
        audit.recordReads(reader.userId(), board.references(), where);
        return board;
    }

    /**
     * The most overdue {@code shown} open escalations, with counts by level over all that match. A
     * person reads the top of the list; sending every row of a busy service would only make the
     * page slow (and each row shown is an audited read).
     */
    Board board(Optional<Integer> level, Optional<String> step, Optional<String> team, int shown) {
        Instant now = clock.instant();
        MapSqlParameterSource filters = new MapSqlParameterSource()
                .addValue("level", level.orElse(null))
                .addValue("step", step.orElse(null))
                .addValue("team", team.orElse(null))
                .addValue("shown", shown);
        List<Row> rows = jdbc.query(team.isPresent() ? OPEN : OPEN_ANY_TEAM, filters, (rs, i) -> {
            Instant deadline = rs.getTimestamp("deadline").toInstant();
            return new Row(rs.getString("concern_reference"), rs.getString("task_id"), rs.getString("step"),
                    rs.getString("step_name"), rs.getString("responsible_id"), rs.getString("team"),
                    EscalationReason.valueOf(rs.getString("reason")), rs.getInt("level"), deadline,
                    rs.getTimestamp("escalated_at").toInstant(), Duration.between(deadline, now).toMinutes());
        });
        Map<Integer, Long> byLevel = new LinkedHashMap<>();
        for (int l = 1; l <= Escalation.TOP_LEVEL; l++) {
            byLevel.put(l, 0L);
        }
        jdbc.query(team.isPresent() ? BY_LEVEL : BY_LEVEL_ANY_TEAM, filters, rs -> {
            byLevel.put(rs.getInt("level"), rs.getLong("escalation_count"));
        });
        return new Board(rows, byLevel, byLevel.values().stream().mapToLong(Long::longValue).sum(), perDay(now));
    }

    /** Escalations per day over the last 30 days, oldest first, days without any included as zero. */
    private List<DayCount> perDay(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate first = today.minusDays(29);
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            counts.put(d, 0L);
        }
        jdbc.query(PER_DAY, Map.of("since", Timestamp.from(first.atStartOfDay(clock.getZone()).toInstant())),
                rs -> {
                    LocalDate day = rs.getObject("event_day", Date.class).toLocalDate();
                    long escalations = rs.getLong("escalation_count");
                    counts.computeIfPresent(day, (d, c) -> c + escalations);
                });
        List<DayCount> days = new ArrayList<>();
        counts.forEach((day, count) -> days.add(new DayCount(day, count)));
        return days;
    }

    public record Row(String reference, String taskId, String step, String stepName, String responsible, String team,
            EscalationReason reason, int level, Instant deadline, Instant escalatedAt, long minutesOverdue) {
    }

    public record DayCount(LocalDate day, long escalations) {
    }

    /** {@code total} counts every open escalation that matches; {@code escalations} holds the most overdue of them. */
    public record Board(List<Row> escalations, Map<Integer, Long> countsByLevel, long total, List<DayCount> perDay) {

        /** The concerns the board shows (for the audit trail of who saw them). */
        public List<String> references() {
            return escalations.stream().map(Row::reference).distinct().toList();
        }
    }
}
