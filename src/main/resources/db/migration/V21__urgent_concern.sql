-- A concern raised with the child in immediate danger: whether the carer called the police (999), when, and the
-- police reference (null while not known). Null on concerns raised before these were asked, and when not in danger.
alter table concern add column police_called boolean;
alter table concern add column police_called_at timestamp with time zone;
alter table concern add column police_reference varchar(40);

-- The urgent acknowledgement of a HIGH or CRITICAL concern by the child's social worker or the duty team.
alter table concern add column urgent_actions varchar(4000);
alter table concern add column urgent_spoke_to_carer boolean;
alter table concern add column urgent_acknowledged_by varchar(64);
alter table concern add column urgent_acknowledged_at timestamp with time zone;
