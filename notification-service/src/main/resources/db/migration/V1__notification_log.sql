create table case_contact (
    case_id    varchar(64)  primary key,
    channel    varchar(32)  not null,
    phone      varchar(32),
    email      varchar(254),
    anonymous  boolean      not null
);

-- The delivery log: one row per event and recipient, never two.
create table notification (
    id              uuid          primary key,
    case_id         varchar(64)   not null,
    event_id        varchar(64)   not null,
    event_type      varchar(100)  not null,
    recipient_kind  varchar(16)   not null,
    recipient       varchar(254)  not null,
    channel         varchar(32)   not null,
    text            varchar(2000) not null,
    state           varchar(16)   not null,
    attempts        integer       not null,
    created_at      timestamp(6) with time zone not null,
    unique (event_id, recipient_kind)
);
create index notification_case on notification (case_id, created_at);
