package uk.fostering.safeguarding.escalation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.ErrorCode;
import org.h2.api.Trigger;

/**
 * H2's side of {@code escalation_open_count} (V28): each escalation that opens, changes level or step, or closes
 * moves one count. PostgreSQL has its own trigger function, with the same spread of each level and step over
 * {@value #SHARDS} rows by the escalation's id.
 */
public class OpenEscalationCountTrigger implements Trigger {

    private static final int SHARDS = 8;

    private static final String UPDATE = "update escalation_open_count set open_count = open_count + ? "
            + "where level = ? and step = ? and shard = ?";

    private static final String INSERT = "insert into escalation_open_count (open_count, level, step, shard) "
            + "values (?, ?, ?, ?)";

    // positions in the rows H2 passes, found by name so that a later column anywhere in the table changes nothing
    private int id = -1;
    private int level = -1;
    private int step = -1;
    private int resolvedAt = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (columns.next()) {
                int position = columns.getInt("ORDINAL_POSITION") - 1;
                switch (columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)) {
                    case "id" -> id = position;
                    case "level" -> level = position;
                    case "step" -> step = position;
                    case "resolved_at" -> resolvedAt = position;
                    default -> {
                    }
                }
            }
        }
        if (id < 0 || level < 0 || step < 0 || resolvedAt < 0) {
            throw new SQLException("escalation_open_count: " + tableName + " lacks id, level, step or resolved_at");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Key before = openKey(oldRow);
        Key after = openKey(newRow);
        if (Objects.equals(before, after)) {
            return; // still open under the same level and step (a new round or deadline), or closed both times
        }
        if (before != null) {
            add(conn, before, -1);
        }
        if (after != null) {
            add(conn, after, 1);
        }
    }

    private Key openKey(Object[] row) {
        if (row == null || row[resolvedAt] != null) {
            return null;
        }
        return new Key(((Number) row[level]).intValue(), (String) row[step],
                (int) Math.floorMod(((Number) row[id]).longValue(), (long) SHARDS));
    }

    private static void add(Connection conn, Key key, int delta) throws SQLException {
        if (execute(conn, UPDATE, key, delta) > 0) {
            return;
        }
        try {
            execute(conn, INSERT, key, delta);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DUPLICATE_KEY_1) {
                throw e;
            }
            // another transaction counted the first escalation of this level, step and shard at the same time
            execute(conn, UPDATE, key, delta);
        }
    }

    private static int execute(Connection conn, String sql, Key key, int delta) throws SQLException {
        try (PreparedStatement statement = conn.prepareStatement(sql)) {
            statement.setInt(1, delta);
            statement.setInt(2, key.level());
            statement.setString(3, key.step());
            statement.setInt(4, key.shard());
            return statement.executeUpdate();
        }
    }

    private record Key(int level, String step, int shard) {
    }
}
