-- The audit trail is append-only in the database too, not only in the service: any update or
-- delete of a row fails, whoever tries it. H2 runs a Java class as its trigger.
create trigger audit_event_no_change before update, delete on audit_event
    for each row call 'uk.fostering.safeguarding.audit.AppendOnlyTrigger';
