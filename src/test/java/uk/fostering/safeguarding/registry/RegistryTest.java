package uk.fostering.safeguarding.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;

/**
 * The registry of V13 read back: who is linked to a child today and on any earlier day, a household of two carers,
 * respite beside a main placement, a move, a new social worker and a new SSW, a deregistered carer. Each test
 * makes a service of its own (ids of its own), beside the demo data.
 */
@IntegrationTest
class RegistryTest {

    private static final AtomicInteger SERVICES = new AtomicInteger();

    @Autowired
    Registry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private LocalDate today;
    private String n;

    @BeforeEach
    void aServiceOfItsOwn() {
        today = LocalDate.now(clock);
        n = String.valueOf(SERVICES.incrementAndGet());
        jdbc.update("insert into household (id, name) values (?, 'The Smiths'), (?, 'The Jones')", "H-a" + n, "H-b" + n);
        jdbc.update("insert into household_ssw (household_id, ssw_id, from_date) values (?, ?, ?), (?, ?, ?)",
                "H-a" + n, "ssw-a" + n, today.minusYears(3), "H-b" + n, "ssw-b" + n, today.minusYears(3));
        jdbc.update("insert into carer (user_id, household_id, approved_from) values (?, ?, ?), (?, ?, ?), (?, ?, ?)",
                "ann" + n, "H-a" + n, today.minusYears(3), "al" + n, "H-a" + n, today.minusYears(2),
                "bea" + n, "H-b" + n, today.minusYears(3));
        jdbc.update("insert into child (id, first_name, last_name, date_of_birth) values (?, 'Sky', 'Test', ?)",
                "K-" + n, today.minusYears(10).minusDays(1));
        jdbc.update("insert into child_social_worker (child_id, social_worker_id, from_date, to_date) values "
                + "(?, ?, ?, ?), (?, ?, ?, null)", "K-" + n, "sw-old" + n, today.minusYears(2), today.minusMonths(1),
                "K-" + n, "sw-new" + n, today.minusMonths(1));
    }

    private void place(String household, String kind, LocalDate from, LocalDate to) {
        jdbc.update("insert into placement (child_id, household_id, kind, from_date, to_date) values (?, ?, ?, ?, ?)",
                "K-" + n, household + n, kind, from, to);
    }

    private static Caller carer(String id) {
        return new Caller(id, List.of(Roles.CARERS));
    }

    @Test
    void theDemoLinksOfTheContractHoldOnTheNewModel() {
        assertThat(registry.placementOf("C-1001")).get().satisfies(p -> {
            assertThat(p.carerId()).isEqualTo("carol");
            assertThat(p.sswId()).isEqualTo("sam");
            assertThat(p.socialWorkerId()).isEqualTo("sophie");
        });
        assertThat(registry.placementOf("C-1003")).get().extracting(Placement::carerId, Placement::sswId,
                Placement::socialWorkerId).containsExactly("frank", "sunita", "sophie");
        assertThat(registry.childrenLinkedTo(carer("carol"))).contains("C-1001", "C-1002").doesNotContain("C-1003");
        assertThat(registry.childrenLinkedTo(new Caller("sunita", List.of(Roles.SSWS)))).contains("C-1003")
                .doesNotContain("C-1001");
        assertThat(registry.childrenLinkedTo(new Caller("leon", List.of(Roles.SOCIAL_WORKERS)))).contains("C-1002")
                .doesNotContain("C-1001", "C-1003");
        assertThat(registry.managerOf("carol")).contains("sam");
        assertThat(registry.managerOf("sam")).contains("mark");
        assertThat(registry.managerOf("rachel")).isEmpty();
        assertThat(registry.registeredManager()).contains("rachel");
        assertThat(registry.childrenPlacedWith("carol")).extracting(PlacedChild::id).contains("C-1001", "C-1002");
        // Kayla's emergency placement with carol before frank's is history: carol was her carer then
        assertThat(registry.placementOn("C-1003", LocalDate.parse("2024-05-01"))).get()
                .extracting(Placement::carerId, Placement::sswId).containsExactly("carol", "sam");
    }

    @Test
    void aMoveEndsOnePlacementAndStartsTheNextOnTheSameDayAndHistoryKeepsWhoItWas() {
        LocalDate moved = today.minusDays(10);
        place("H-a", "LONG_TERM", today.minusYears(1), moved);
        place("H-b", "LONG_TERM", moved, null);

        assertThat(registry.placementOf("K-" + n)).get().extracting(Placement::carerId, Placement::sswId,
                Placement::socialWorkerId, Placement::childAge).containsExactly("bea" + n, "ssw-b" + n, "sw-new" + n, 10);
        // ann was approved before al: she is the household's first carer
        assertThat(registry.placementOn("K-" + n, moved.minusDays(1))).get().extracting(Placement::carerId,
                Placement::sswId, Placement::socialWorkerId).containsExactly("ann" + n, "ssw-a" + n, "sw-new" + n);
        assertThat(registry.placementOn("K-" + n, today.minusMonths(2))).get().extracting(Placement::socialWorkerId)
                .isEqualTo("sw-old" + n);
        // the previous carers no longer see the child; the new ones do
        assertThat(registry.childrenLinkedTo(carer("ann" + n))).doesNotContain("K-" + n);
        assertThat(registry.childrenLinkedTo(carer("bea" + n))).containsExactly("K-" + n);
        assertThat(registry.childrenLinkedTo(new Caller("ssw-a" + n, List.of(Roles.SSWS)))).isEmpty();
        assertThat(registry.childrenLinkedTo(new Caller("sw-old" + n, List.of(Roles.SOCIAL_WORKERS)))).isEmpty();
        assertThat(registry.childrenLinkedTo(new Caller("sw-new" + n, List.of(Roles.SOCIAL_WORKERS))))
                .containsExactly("K-" + n);
    }

    @Test
    void bothCarersOfAHouseholdAreLinkedAndARespiteCarerBesideTheMainPlacementToo() {
        place("H-a", "LONG_TERM", today.minusYears(1), null);
        place("H-b", "RESPITE", today.minusDays(1), today.plusDays(2));

        assertThat(registry.childrenLinkedTo(carer("ann" + n))).containsExactly("K-" + n);
        assertThat(registry.childrenLinkedTo(carer("al" + n))).containsExactly("K-" + n);
        assertThat(registry.carersOn("K-" + n, today)).containsExactly("ann" + n, "al" + n);
        // respite is beside the main placement: routing still goes to the main household
        assertThat(registry.childrenLinkedTo(carer("bea" + n))).containsExactly("K-" + n);
        assertThat(registry.childrenPlacedWith("bea" + n)).singleElement().satisfies(child -> {
            assertThat(child.firstName()).isEqualTo("Sky");
            assertThat(child.age()).isEqualTo(10);
        });
        assertThat(registry.placementOf("K-" + n)).get().extracting(Placement::carerId, Placement::sswId)
                .containsExactly("ann" + n, "ssw-a" + n);
        // and once the respite weekend is over, the respite carer is no longer linked
        jdbc.update("update placement set to_date = ? where child_id = ? and kind = 'RESPITE'", today, "K-" + n);
        assertThat(registry.childrenLinkedTo(carer("bea" + n))).isEmpty();
    }

    @Test
    void aNewSswForTheHouseholdAndADeregisteredCarerTakeEffectOnTheirDay() {
        place("H-a", "SHORT_TERM", today.minusYears(1), null);
        jdbc.update("update household_ssw set to_date = ? where household_id = ?", today, "H-a" + n);
        jdbc.update("insert into household_ssw (household_id, ssw_id, from_date) values (?, ?, ?)", "H-a" + n,
                "ssw-c" + n, today);
        jdbc.update("update carer set approved_to = ? where user_id = ?", today, "ann" + n);

        assertThat(registry.placementOf("K-" + n)).get().extracting(Placement::carerId, Placement::sswId)
                .containsExactly("al" + n, "ssw-c" + n);
        assertThat(registry.managerOf("al" + n)).contains("ssw-c" + n);
        assertThat(registry.placementOn("K-" + n, today.minusDays(1))).get().extracting(Placement::carerId,
                Placement::sswId).containsExactly("ann" + n, "ssw-a" + n);
        assertThat(registry.childrenLinkedTo(carer("ann" + n))).isEmpty();
        assertThat(registry.childrenLinkedTo(new Caller("ssw-c" + n, List.of(Roles.SSWS)))).containsExactly("K-" + n);
    }

    @Test
    void aChildWithoutACurrentMainPlacementHasNoPlacement() {
        place("H-a", "LONG_TERM", today.minusYears(1), today.minusDays(3));
        place("H-b", "RESPITE", today.minusDays(1), null);

        assertThat(registry.placementOf("K-" + n)).isEmpty();
        assertThat(registry.placementOf("nobody")).isEmpty();
    }
}
