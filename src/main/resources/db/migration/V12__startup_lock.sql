-- The start-up lock (shared.StartupWrites): one row that a starting node locks while it writes the service's
-- groups, grants and Tasklist filters, so that nodes started at the same moment take turns.
create table startup_lock (
    id integer primary key
);

insert into startup_lock (id) values (1);
