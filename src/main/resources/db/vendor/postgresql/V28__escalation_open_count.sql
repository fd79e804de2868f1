-- The dashboard's counts of open escalations by level, kept up to date as escalations open, climb and close,
-- instead of counted from every open row on each request (at 50,000 open escalations that count was most of a
-- dashboard request). Each level and step is spread over 8 rows by the escalation's id, so that escalations
-- written side by side (a burst of due timers) seldom wait for the same row. H2 has its own trigger (a Java
-- class); both must use the same 8.
create table escalation_open_count (
    level      integer     not null,
    step       varchar(64) not null,
    shard      integer     not null,
    open_count bigint      not null,
    constraint pk_escalation_open_count primary key (level, step, shard)
);

insert into escalation_open_count (level, step, shard, open_count)
    select level, step, mod(id, 8), count(*) from escalation where resolved_at is null group by level, step, mod(id, 8);

create function escalation_open_count_add(add_level integer, add_step varchar, add_id bigint, delta integer)
    returns void language sql as $$
    insert into escalation_open_count (level, step, shard, open_count) values (add_level, add_step, mod(add_id, 8), delta)
    on conflict (level, step, shard) do update set open_count = escalation_open_count.open_count + delta;
$$;

create function escalation_open_count_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if old.resolved_at is null and new.resolved_at is null and old.level = new.level and old.step = new.step then
            return null; -- still open under the same level and step: a new round or deadline changes no count
        end if;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        if old.resolved_at is null then
            perform escalation_open_count_add(old.level, old.step, old.id, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        if new.resolved_at is null then
            perform escalation_open_count_add(new.level, new.step, new.id, 1);
        end if;
    end if;
    return null;
end
$$;

create trigger escalation_open_count_change after insert or update or delete on escalation
    for each row execute function escalation_open_count_change();
