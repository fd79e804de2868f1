-- The audit trail also records changes to people's logins, under the reference 'user:<user id>';
-- Camunda's user ids are up to 64 characters.
alter table audit_event alter column reference set data type varchar(80);
