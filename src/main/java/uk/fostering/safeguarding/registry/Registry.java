package uk.fostering.safeguarding.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "who is linked to this child?" for routing and access decisions: on the current date (UK time) unless a
 * date is given, from the links' from and to dates (V13: a link holds from its from date until the day before its
 * to date; a from date of null holds since before the registry kept dates).
 */
@Service
@Transactional(readOnly = true)
public class Registry {

    /** The condition "link {@code x} holds on :day". */
    private static String holds(String x) {
        return "(" + x + ".from_date is null or " + x + ".from_date <= :day) and (" + x + ".to_date is null or " + x
                + ".to_date > :day)";
    }

    /** The condition "carer {@code k} is approved on :day": until deregistered (approved_to). */
    private static String approved(String k) {
        return "(" + k + ".approved_from is null or " + k + ".approved_from <= :day) and (" + k
                + ".approved_to is null or " + k + ".approved_to > :day)";
    }

    /** The household whose main (not respite) placement of the child holds on :day. */
    private static final String MAIN_PLACEMENT = "select p.household_id from placement p where p.child_id = :child "
            + "and p.kind <> 'RESPITE' and " + holds("p");

    private static final String CARERS_OF_HOUSEHOLD = "select k.user_id from carer k where k.household_id = :household "
            + "and " + approved("k") + " order by k.approved_from nulls first, k.user_id";

    private static final String SSW_OF_HOUSEHOLD = "select s.ssw_id from household_ssw s where s.household_id = "
            + ":household and " + holds("s") + " order by s.from_date desc nulls last";

    private static final String SOCIAL_WORKER_OF_CHILD = "select w.social_worker_id from child_social_worker w "
            + "where w.child_id = :child and " + holds("w") + " order by w.from_date desc nulls last";

    /** Children placed (main or respite) on :day with a household of which the carer is a member. */
    private static final String PLACED_WITH = "select distinct p.child_id from placement p join carer k "
            + "on k.household_id = p.household_id where k.user_id = :user and " + holds("p") + " and " + approved("k");

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public Registry(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today in the service's time zone: the clock is the engine's, in UK time. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Who a person answers to: a carer's supervising social worker (their household's), a member of staff's line
     * manager. Empty for the top of the chain.
     */
    public Optional<String> managerOf(String userId) {
        Map<String, Object> day = Map.of("user", userId, "day", today());
        Optional<String> ssw = first(jdbc.queryForList("select s.ssw_id from carer k join household_ssw s on "
                + "s.household_id = k.household_id where k.user_id = :user and " + holds("s")
                + " order by s.from_date desc nulls last", day, String.class));
        if (ssw.isPresent() || isCarer(userId)) {
            return ssw;
        }
        return first(jdbc.queryForList("select manager_id from staff_member where user_id = :user and manager_id is "
                + "not null", day, String.class));
    }

    /** Whether the person is a foster carer in the registry (approved now or not). */
    public boolean isCarer(String userId) {
        return !jdbc.queryForList("select user_id from carer where user_id = :user", Map.of("user", userId),
                String.class).isEmpty();
    }

    public Optional<String> registeredManager() {
        return first(jdbc.queryForList("select user_id from service_role where role = :role",
                Map.of("role", ServiceRoles.REGISTERED_MANAGER), String.class));
    }

    /** The people linked to the child today: the carer of the main placement, its SSW, the social worker. */
    public Optional<Placement> placementOf(String childId) {
        return placementOn(childId, today());
    }

    /**
     * The people linked to the child on the given day: the (first) carer of the household the child was placed with
     * (main placement), the SSW supervising that household, and the child's social worker then. Empty if the child
     * is unknown or any of the three was not recorded for that day.
     */
    public Optional<Placement> placementOn(String childId, LocalDate day) {
        Map<String, Object> child = Map.of("child", childId, "day", day);
        List<LocalDate> born = jdbc.queryForList("select date_of_birth from child where id = :child", child,
                LocalDate.class);
        Optional<String> household = first(jdbc.queryForList(MAIN_PLACEMENT, child, String.class));
        if (born.isEmpty() || household.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> ofHousehold = Map.of("household", household.get(), "day", day);
        Optional<String> carer = first(jdbc.queryForList(CARERS_OF_HOUSEHOLD, ofHousehold, String.class));
        Optional<String> ssw = first(jdbc.queryForList(SSW_OF_HOUSEHOLD, ofHousehold, String.class));
        Optional<String> socialWorker = first(jdbc.queryForList(SOCIAL_WORKER_OF_CHILD, child, String.class));
        if (carer.isEmpty() || ssw.isEmpty() || socialWorker.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Placement(childId, Period.between(born.get(0), today()).getYears(), carer.get(),
                ssw.get(), socialWorker.get()));
    }

    /** The carers of the household a child was placed with (main placement) on the day: one or two. */
    public List<String> carersOn(String childId, LocalDate day) {
        Map<String, Object> child = Map.of("child", childId, "day", day);
        return first(jdbc.queryForList(MAIN_PLACEMENT, child, String.class))
                .map(household -> jdbc.queryForList(CARERS_OF_HOUSEHOLD, Map.of("household", household, "day", day),
                        String.class))
                .orElse(List.of());
    }

    /** The children placed with the carer's household today (main placements and respite beside them), by first name. */
    public List<PlacedChild> childrenPlacedWith(String carerId) {
        return jdbc.query("select c.id, c.first_name, c.last_name, c.date_of_birth from child c where c.id in ("
                + PLACED_WITH + ") order by c.first_name, c.id", Map.of("user", carerId, "day", today()),
                (row, n) -> new PlacedChild(row.getString("id"), row.getString("first_name"), row.getString("last_name"),
                        Period.between(row.getObject("date_of_birth", LocalDate.class), today()).getYears()));
    }

    /** The children whose concerns this person may see today because of their own link to the child. */
    public Set<String> childrenLinkedTo(Caller caller) {
        Map<String, Object> day = Map.of("user", caller.userId(), "day", today());
        Set<String> ids = new HashSet<>();
        if (caller.hasRole(Roles.CARERS)) {
            ids.addAll(jdbc.queryForList(PLACED_WITH, day, String.class));
        }
        if (caller.hasRole(Roles.SSWS)) {
            ids.addAll(jdbc.queryForList("select distinct p.child_id from placement p join household_ssw s on "
                    + "s.household_id = p.household_id where s.ssw_id = :user and " + holds("p") + " and "
                    + holds("s"), day, String.class));
        }
        if (caller.hasRole(Roles.SOCIAL_WORKERS)) {
            ids.addAll(jdbc.queryForList("select distinct w.child_id from child_social_worker w where "
                    + "w.social_worker_id = :user and " + holds("w"), day, String.class));
        }
        return ids;
    }

    /**
     * Who a concern about the child is routed to today, when {@code raisedBy} raised it: the carers and SSW of the
     * household of a respite placement of the child if the person who raised it is one of its carers and the respite
     * holds today (a concern seen during a short break is worked by those who saw it), otherwise the carers and SSW of
     * the main placement; and the child's social worker. Each part may be missing (no placement today).
     */
    public RoutedPeople routedPeople(String childId, String raisedBy) {
        LocalDate day = today();
        Map<String, Object> child = Map.of("child", childId, "day", day);
        Optional<String> respite = respiteHouseholdOf(childId, raisedBy, day);
        Optional<String> household = respite.or(() -> first(jdbc.queryForList(MAIN_PLACEMENT, child, String.class)));
        List<String> carers = household.map(h -> jdbc.queryForList(CARERS_OF_HOUSEHOLD, Map.of("household", h,
                "day", day), String.class)).orElse(List.of());
        Optional<String> ssw = household.flatMap(h -> first(jdbc.queryForList(SSW_OF_HOUSEHOLD, Map.of("household", h,
                "day", day), String.class)));
        return new RoutedPeople(carers, ssw, first(jdbc.queryForList(SOCIAL_WORKER_OF_CHILD, child, String.class)),
                respite.isPresent());
    }

    /** The household of the carer's respite placement of the child that holds on the day, if the carer is approved. */
    private Optional<String> respiteHouseholdOf(String childId, String carerId, LocalDate day) {
        if (carerId == null) {
            return Optional.empty();
        }
        return first(jdbc.queryForList("select p.household_id from placement p join carer k on k.household_id = "
                + "p.household_id where p.child_id = :child and k.user_id = :user and p.kind = 'RESPITE' and "
                + holds("p") + " and " + approved("k"), Map.of("child", childId, "user", carerId, "day", day),
                String.class));
    }

    /**
     * The people a concern the carer raises about the child is routed to: with the carer themselves as the carer when
     * they are one of the child's carers today (either of two joint carers, or a respite carer during the respite
     * placement); otherwise the child's main placement as {@link #placementOf} gives it.
     */
    public Optional<Placement> placementFor(String childId, String userId) {
        Optional<Placement> main = placementOf(childId);
        RoutedPeople routed = routedPeople(childId, userId);
        if (!routed.carers().contains(userId) || routed.ssw().isEmpty() || routed.socialWorker().isEmpty()) {
            return main;
        }
        List<LocalDate> born = jdbc.queryForList("select date_of_birth from child where id = :child",
                Map.of("child", childId), LocalDate.class);
        return Optional.of(new Placement(childId, Period.between(born.get(0), today()).getYears(), userId,
                routed.ssw().get(), routed.socialWorker().get()));
    }

    /**
     * Every carer ever recorded in the carer's household, the carer included, approved or not: whoever of them a
     * step of a concern may have been offered to before a change.
     */
    public Set<String> householdOf(String carerId) {
        Set<String> carers = new HashSet<>(jdbc.queryForList("select k.user_id from carer k join carer me on "
                + "me.household_id = k.household_id where me.user_id = :user", Map.of("user", carerId), String.class));
        if (!carers.isEmpty()) {
            carers.add(carerId);
        }
        return carers;
    }

    /** The other carers approved today in the household of this carer (the second of two joint carers). */
    public List<String> jointCarersOf(String carerId) {
        return jdbc.queryForList("select k.user_id from carer k join carer me on me.household_id = k.household_id "
                + "where me.user_id = :user and k.user_id <> :user and " + approved("k")
                + " order by k.approved_from nulls first, k.user_id", Map.of("user", carerId, "day", today()),
                String.class);
    }

    /** The children placed with the household today, main placements and respite. */
    public List<String> childrenOfHousehold(String householdId) {
        return jdbc.queryForList("select distinct p.child_id from placement p where p.household_id = :household and "
                + holds("p") + " order by p.child_id", Map.of("household", householdId, "day", today()), String.class);
    }

    /** The designated officer (LADO) of the authority that placed the child; empty if the child has none recorded. */
    public Optional<DesignatedOfficer> designatedOfficerOf(String childId) {
        return jdbc.query("select a.name, a.lado_email, a.lado_phone from child c join local_authority a on a.code = "
                + "c.local_authority_code where c.id = :child", Map.of("child", childId),
                (row, n) -> new DesignatedOfficer(row.getString(1), row.getString(2), row.getString(3))).stream().findFirst();
    }

    private static Optional<String> first(List<String> values) {
        return values.stream().findFirst();
    }
}
