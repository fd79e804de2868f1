-- The duplicate check on raising (same child, same person, same time observed) read every concern about the
-- child; with this index it reads only the matching ones. It also serves every lookup by child alone.
create index ix_concern_duplicate on concern (child_id, raised_by, observed_at);
drop index ix_concern_child;
