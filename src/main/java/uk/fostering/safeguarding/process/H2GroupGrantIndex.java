package uk.fostering.safeguarding.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.shared.StartupStep;

/**
 * On H2 only: the engine's unique constraint on group grants, {@code ACT_UNIQ_AUTH_GROUP}, gets its columns in an
 * order H2 can use. Camunda creates it as (TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_). Checking a job,
 * process instance or definition against the caller's groups ({@code GROUP_ID_ IN (...)} beside
 * {@code RESOURCE_ID_ = } the row's id, once per row) H2 picks that index, yet cannot use the IN list inside it,
 * so it reads every grant of that type, for every row: the service writes several user grants per concern, and
 * the administrator's job count in Cockpit took minutes at 10,000 concerns. Leading with RESOURCE_ID_, the same
 * four columns stay unique and the check reads the few grants of that one row. PostgreSQL plans the engine's own
 * index well and is left as Camunda made it.
 */
@Component
@Order(0)
class H2GroupGrantIndex implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(H2GroupGrantIndex.class);
    static final List<String> COLUMNS = List.of("RESOURCE_ID_", "RESOURCE_TYPE_", "TYPE_", "GROUP_ID_");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    H2GroupGrantIndex(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void run() {
        if (!h2() || columns().equals(COLUMNS)) {
            return;
        }
        // for the moment between the two, nothing else writes group grants: one node only runs on an H2 file, and
        // the service writes group grants in the start-up steps that follow this one
        jdbc.execute("alter table ACT_RU_AUTHORIZATION drop constraint ACT_UNIQ_AUTH_GROUP");
        jdbc.execute("alter table ACT_RU_AUTHORIZATION add constraint ACT_UNIQ_AUTH_GROUP unique ("
                + String.join(", ", COLUMNS) + ")");
        log.info("Reordered the columns of ACT_UNIQ_AUTH_GROUP for H2: {}", COLUMNS);
    }

    /** The constraint's columns in their order. */
    List<String> columns() {
        return jdbc.queryForList("select c.COLUMN_NAME from INFORMATION_SCHEMA.TABLE_CONSTRAINTS t "
                + "join INFORMATION_SCHEMA.INDEX_COLUMNS c on c.INDEX_NAME = t.INDEX_NAME and c.TABLE_NAME = t.TABLE_NAME "
                + "where t.TABLE_NAME = 'ACT_RU_AUTHORIZATION' and t.CONSTRAINT_NAME = 'ACT_UNIQ_AUTH_GROUP' "
                + "order by c.ORDINAL_POSITION", String.class);
    }

    private boolean h2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's name", e);
        }
    }
}
