-- Concerns about the carer or someone in their household (allegations): one row per concern, from the moment it
-- was raised or marked as one. The carers it keeps out, the referral to the designated officer (LADO) with their
-- advice, and a manager's decision to let the carers see the concern again. What people wrote stays here, never in
-- the engine's tables.
create table household_allegation (
    concern_reference      varchar(20)   not null primary key,
    child_id               varchar(16)   not null,
    -- the household's carers on the day, comma separated user ids: they lose sight of the concern
    excluded_carers        varchar(200)  not null,
    marked_by              varchar(64)   not null,
    marked_at              timestamp with time zone not null,
    -- why an open concern was marked; empty when it was raised as one (its summary says why)
    reason                 varchar(2000),
    lado_referred_at       timestamp with time zone,
    lado_advice            varchar(4000),
    lado_reference         varchar(64),
    lado_recorded_by       varchar(64),
    carer_may_see_by       varchar(64),
    carer_may_see_at       timestamp with time zone,
    carer_may_see_reason   varchar(2000),
    version                bigint        not null
);
