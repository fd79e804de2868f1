-- The dashboard (EscalationBoard) reads the open escalations' order and counts from these indexes alone, rather
-- than every open row: at 50,000 open escalations H2 read each row of the table for the counts. The first replaces
-- ix_escalation_open (the same leading columns); the second serves the escalations-per-day chart, which read the
-- whole chronology.
create index ix_escalation_open_board on escalation (resolved_at, deadline, level, step);
drop index ix_escalation_open;
create index ix_concern_event_type on concern_event (type, occurred_at);
