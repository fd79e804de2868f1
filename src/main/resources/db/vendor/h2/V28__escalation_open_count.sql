-- The dashboard's counts of open escalations by level, kept up to date as escalations open, climb and close,
-- instead of counted from every open row on each request (at 50,000 open escalations that count was most of a
-- dashboard request). Each level and step is spread over 8 rows by the escalation's id, so that escalations
-- written side by side (a burst of due timers) seldom wait for the same row. H2 runs a Java class as its trigger;
-- PostgreSQL has its own trigger function. Both must use the same 8.
create table escalation_open_count (
    level      integer     not null,
    step       varchar(64) not null,
    shard      integer     not null,
    open_count bigint      not null,
    constraint pk_escalation_open_count primary key (level, step, shard)
);

insert into escalation_open_count (level, step, shard, open_count)
    select level, step, mod(id, 8), count(*) from escalation where resolved_at is null group by level, step, mod(id, 8);

create trigger escalation_open_count_change after insert, update, delete on escalation
    for each row call 'uk.fostering.safeguarding.escalation.OpenEscalationCountTrigger';
