package uk.fostering.safeguarding;

import org.springframework.jdbc.core.JdbcTemplate;

/** Children of a test's own, placed as the registry keeps them (V13): a child, a main placement, a social worker. */
public final class TestRegistry {

    private TestRegistry() {
    }

    /**
     * Places a new child (once: a second call for the same id changes nothing) with the carer's household from the
     * child's birth, long-term, with the given social worker. {@code dateOfBirth} is ISO, e.g. 2011-05-01.
     */
    public static void placeChild(JdbcTemplate jdbc, String childId, String firstName, String lastName,
            String dateOfBirth, String carerId, String socialWorkerId) {
        if (jdbc.queryForObject("select count(*) from child where id = ?", Integer.class, childId) > 0) {
            return;
        }
        jdbc.update("insert into child (id, first_name, last_name, date_of_birth) values (?, ?, ?, cast(? as date))",
                childId, firstName, lastName, dateOfBirth);
        jdbc.update("insert into placement (child_id, household_id, kind, from_date) select ?, household_id, "
                + "'LONG_TERM', cast(? as date) from carer where user_id = ?", childId, dateOfBirth, carerId);
        jdbc.update("insert into child_social_worker (child_id, social_worker_id, from_date) values (?, ?, cast(? as date))",
                childId, socialWorkerId, dateOfBirth);
    }
}
