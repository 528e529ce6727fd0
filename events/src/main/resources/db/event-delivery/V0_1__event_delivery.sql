-- Delivery tables every service shares (from petition-events): the outbox of events to publish
-- and the inbox of events already applied. Version 0.1 so each service's own V1.. follow it.

create table outbox (
    id         bigserial    primary key,
    event_id   uuid         not null unique,
    topic      varchar(200) not null,
    msg_key    varchar(200) not null,
    type       varchar(200) not null,
    source     varchar(200) not null,
    subject    varchar(200) not null,
    time       timestamptz  not null,
    payload    jsonb        not null
);

-- Wakes the relay as soon as a transaction that wrote events commits (NOTIFY is delivered on commit).
create function outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox', '');
    return null;
end
$$;

create trigger outbox_notify after insert on outbox
    for each statement execute function outbox_notify();

create table inbox (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
