-- One-time links to set a password: the invitation a new carer or member of staff gets, and the link "Forgotten
-- your password?" sends. Only a hash of the token is kept, so the table gives nobody a way in; a link works once,
-- until it expires, and a newer link for the same person replaces it.
create table login_link (
    id             varchar(36)  primary key,
    user_id        varchar(64)  not null,
    purpose        varchar(16)  not null,
    token_hash     varchar(64)  not null,
    created_by     varchar(64)  not null,
    created_at     timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    used_at        timestamp with time zone,
    superseded_at  timestamp with time zone,
    constraint uq_login_link_token unique (token_hash)
);

create index ix_login_link_user on login_link (user_id);
