package uk.fostering.safeguarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;

/**
 * The engine's unique constraint on group grants leads with the resource's id on H2, where the per-row check
 * against the caller's groups otherwise reads every grant of a type for every row; PostgreSQL keeps Camunda's.
 * Either way a second grant of the same group, resource and type is refused.
 */
@IntegrationTest
class H2GroupGrantIndexTest {

    @Autowired
    H2GroupGrantIndex index;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onH2TheConstraintLeadsWithTheResourceAndAStartAgainChangesNothing() throws Exception {
        if (!h2()) {
            assertThat(jdbc.queryForObject("select count(*) from pg_indexes where tablename = 'act_ru_authorization' "
                    + "and indexname = 'act_uniq_auth_group' and indexdef like '%(type_, group_id_, resource_type_, resource_id_)%'",
                    Long.class)).as("Camunda's own constraint on PostgreSQL").isEqualTo(1);
            return;
        }
        assertThat(index.columns()).containsExactlyElementsOf(H2GroupGrantIndex.COLUMNS);
        index.run();
        assertThat(index.columns()).containsExactlyElementsOf(H2GroupGrantIndex.COLUMNS);
        assertThat(firstColumnOfTheIndexUsed("explain select count(*) from ACT_RU_JOB RES where exists (select 1 "
                + "from ACT_RU_AUTHORIZATION A where A.TYPE_ = 1 and A.GROUP_ID_ in ('managers', 'operations') "
                + "and A.RESOURCE_TYPE_ = 8 and A.RESOURCE_ID_ = RES.PROCESS_INSTANCE_ID_)", "A"))
                .as("the per-row check against the caller's groups").isEqualTo("RESOURCE_ID_");
    }

    /** {@code Grants} looks a resource's grants up by the resource alone, the engine's SQL for that query. */
    @Test
    void onH2TheLookupOfOneResourcesGrantsReadsThatResourceAlone() throws Exception {
        if (!h2()) {
            return; // PostgreSQL has the engine's index on RESOURCE_ID_, and its planner picks by the table's size
        }
        assertThat(firstColumnOfTheIndexUsed("explain select distinct RES.* from ACT_RU_AUTHORIZATION RES "
                + "WHERE RES.TYPE_ = 1 and RES.RESOURCE_TYPE_ = 8 and RES.RESOURCE_ID_ = 'some-instance' "
                + "order by RES.ID_ asc LIMIT 2147483647 OFFSET 0", "RES")).isEqualTo("RESOURCE_ID_");
    }

    private String firstColumnOfTheIndexUsed(String explain, String alias) {
        String plan = jdbc.queryForObject(explain, String.class).replace("\"", "");
        Matcher used = Pattern.compile("ACT_RU_AUTHORIZATION " + alias + "\\s+/\\* PUBLIC\\.([A-Z_0-9]+)").matcher(plan);
        assertThat(used.find()).as(plan).isTrue();
        return jdbc.queryForObject("select COLUMN_NAME from INFORMATION_SCHEMA.INDEX_COLUMNS where TABLE_NAME = "
                + "'ACT_RU_AUTHORIZATION' and INDEX_NAME = ? and ORDINAL_POSITION = 1", String.class, used.group(1));
    }

    @Test
    void aSecondGrantOfTheSameGroupResourceAndTypeIsStillRefused() {
        Authorization first = grant();
        authorizations.saveAuthorization(first);
        try {
            assertThatThrownBy(() -> authorizations.saveAuthorization(grant())).isInstanceOf(RuntimeException.class);
        } finally {
            authorizations.deleteAuthorization(first.getId());
        }
    }

    private Authorization grant() {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("h2-index-test");
        grant.setResource(Resources.PROCESS_INSTANCE);
        grant.setResourceId("h2-index-test-instance");
        grant.addPermission(Permissions.READ);
        return grant;
    }

    private boolean h2() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
