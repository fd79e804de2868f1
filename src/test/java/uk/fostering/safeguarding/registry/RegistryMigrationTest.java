package uk.fostering.safeguarding.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.fostering.safeguarding.TestPostgres;

/**
 * V13 keeps a service's data from the model of one carer per child: migrated to V12, filled as that model held it,
 * then migrated on, each carer is a household of one with the carer's SSW and each child has a current main
 * placement there and their social worker. On the database the test run is for (H2, or PostgreSQL with
 * -Dsafeguarding.test.database=postgresql, as the pom's second run does).
 */
@Tag("database")
class RegistryMigrationTest {

    @Test
    void theOneCarerPerChildModelBecomesHouseholdsAndCurrentPlacements() {
        DriverManagerDataSource database = database();
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .target("12").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("insert into carer (user_id, ssw_id) values ('olga', 'sam'), ('omar', 'sunita')");
        jdbc.update("insert into child (id, first_name, last_name, date_of_birth, carer_id, social_worker_id) values "
                + "('C-1', 'Ada', 'Old', date '2012-01-01', 'olga', 'sophie'), "
                + "('C-2', 'Ben', 'Old', date '2013-01-01', 'olga', 'leon'), "
                + "('C-3', 'Cal', 'Old', date '2014-01-01', 'omar', 'sophie')");

        Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load().migrate();

        assertThat(jdbc.queryForList("select k.user_id, k.household_id, s.ssw_id, s.to_date from carer k "
                + "join household_ssw s on s.household_id = k.household_id order by k.user_id"))
                .extracting(r -> r.get("user_id") + " " + r.get("household_id") + " " + r.get("ssw_id") + " "
                        + r.get("to_date"))
                .containsExactly("olga H-olga sam null", "omar H-omar sunita null");
        assertThat(jdbc.queryForList("select p.child_id, p.household_id, p.kind, p.from_date, p.to_date, w.social_worker_id "
                + "from placement p join child_social_worker w on w.child_id = p.child_id order by p.child_id"))
                .extracting(r -> r.get("child_id") + " " + r.get("household_id") + " " + r.get("kind") + " "
                        + r.get("from_date") + " " + r.get("to_date") + " " + r.get("social_worker_id"))
                .containsExactly("C-1 H-olga LONG_TERM null null sophie", "C-2 H-olga LONG_TERM null null leon",
                        "C-3 H-omar LONG_TERM null null sophie");
        assertThat(jdbc.queryForObject("select count(*) from child where first_name in ('Ada', 'Ben', 'Cal')",
                Integer.class)).isEqualTo(3);
    }

    private static boolean postgres() {
        return "postgresql".equals(System.getProperty("safeguarding.test.database"));
    }

    private static String vendor() {
        return postgres() ? "postgresql" : "h2";
    }

    private static DriverManagerDataSource database() {
        if (postgres()) {
            Map<String, Object> settings = TestPostgres.freshDatabase("registry_migration");
            return new DriverManagerDataSource((String) settings.get("spring.datasource.url"),
                    (String) settings.get("spring.datasource.username"), (String) settings.get("spring.datasource.password"));
        }
        return new DriverManagerDataSource("jdbc:h2:mem:registry_migration;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
