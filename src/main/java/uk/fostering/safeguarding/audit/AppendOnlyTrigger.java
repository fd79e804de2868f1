package uk.fostering.safeguarding.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's side of the audit trail's append-only rule (PostgreSQL has its own trigger function). */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only: rows cannot be changed or deleted");
    }
}
