-- One row per email the service means to send, keyed by what it is about and who receives it, so
-- that a retried job or a second path to the same notice never mails anyone twice.
create table sent_notification (
    notification_key varchar(300) primary key,
    status           varchar(10)  not null,
    recipient_id     varchar(64)  not null,
    updated_at       timestamp with time zone not null
);
