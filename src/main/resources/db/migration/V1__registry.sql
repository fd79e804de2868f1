-- Who is linked to whom: task routing and access rules read these tables.
-- People themselves (names, emails, passwords, groups) live in Camunda's identity service.

create table staff_member (
    user_id    varchar(64) primary key,
    team       varchar(64) not null,
    manager_id varchar(64)
);

create table carer (
    user_id varchar(64) primary key,
    ssw_id  varchar(64) not null
);

create table child (
    id               varchar(16)  primary key,
    first_name       varchar(100) not null,
    last_name        varchar(100) not null,
    date_of_birth    date         not null,
    carer_id         varchar(64)  not null references carer (user_id),
    social_worker_id varchar(64)  not null
);

create index ix_child_carer on child (carer_id);
create index ix_child_social_worker on child (social_worker_id);
