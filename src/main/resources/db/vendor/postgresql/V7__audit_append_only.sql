-- The audit trail is append-only in the database too, not only in the service: any update or
-- delete of a row fails, whoever tries it (a stray script, a future bug, a person with SQL access).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: rows cannot be changed or deleted';
end
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
