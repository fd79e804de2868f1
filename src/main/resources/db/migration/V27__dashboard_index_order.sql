-- The dashboard's most overdue rows in the index's own order. V26's index (resolved, deadline, level, step) gave
-- the open rows by deadline, but the board breaks ties by id, and H2 then sorted all of them: at 50,000 open
-- escalations that sort was most of a request. With id next after the deadline, and the board's order starting
-- with resolved_at (the same for every open row), H2 and PostgreSQL read the first 200 and stop.
create index ix_escalation_open_ordered on escalation (resolved_at, deadline, id, level, step);
drop index ix_escalation_open_board;
