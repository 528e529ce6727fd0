-- Case numbers come from one sequence, so they are unique and ordered across intake instances.
create sequence case_number_seq start 1 increment 1;

create table petition (
    case_id          varchar(64)   primary key,
    tracking_code    varchar(16)   not null,
    channel          varchar(32)   not null,
    external_id      varchar(128)  not null,
    idempotency_key  varchar(128),
    title            varchar(100)  not null,
    content          varchar(5000) not null,
    addressee        varchar(100),
    category         varchar(50),
    region_code      varchar(64),
    address          varchar(200),
    lat              float(53),
    lon              float(53),
    citizen_name     varchar(50),
    citizen_phone    varchar(32),
    citizen_email    varchar(254),
    anonymous        boolean       not null,
    disclosure       varchar(16)   not null,
    received_at      timestamp(6) with time zone not null
);

-- One case per channel message, and per idempotency key.
create unique index petition_channel_message on petition (channel, external_id);
create unique index petition_channel_key on petition (channel, idempotency_key) where idempotency_key is not null;

-- The citizen's timeline: one row per event of any service, whatever order they arrive in.
create table timeline_entry (
    event_id      varchar(64)   primary key,
    case_id       varchar(64)   not null,
    type          varchar(100)  not null,
    at            timestamp(6) with time zone not null,
    unit_id       varchar(64),
    unit_name     varchar(100),
    by_name       varchar(100),
    text          varchar(5000),
    status        varchar(32),
    assigns_unit  boolean       not null
);
create index timeline_entry_case on timeline_entry (case_id, at);
