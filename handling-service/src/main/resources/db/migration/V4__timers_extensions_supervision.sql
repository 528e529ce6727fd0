-- Durable deadline timers: a warning before and an alert after each deadline a case (or a supervision) waits on.
-- A poller claims due rows with FOR UPDATE SKIP LOCKED and marks them fired in the transaction that writes the
-- alert to the outbox, so each fires once however many instances poll and however often they restart.
create table deadline_timer (
    id             bigserial    primary key,
    case_id        varchar(64)  not null,
    step           varchar(16)  not null,
    kind           varchar(8)   not null,
    due            timestamp(6) with time zone not null,
    fire_at        timestamp(6) with time zone not null,
    unit_id        varchar(64),
    unit_name      varchar(100),
    supervision_id varchar(64),
    fired_at       timestamp(6) with time zone,
    skipped        boolean      not null default false
);
create index deadline_timer_pending on deadline_timer (fire_at) where fired_at is null;
create index deadline_timer_case on deadline_timer (case_id) where fired_at is null;
-- one alert of each kind per step and deadline, even if the same deadline is scheduled again
create unique index deadline_timer_once on deadline_timer (case_id, step, kind, due, coalesce(supervision_id, ''));

-- Extension requests (延期): at most one open per case.
create table extension_request (
    extension_id       varchar(64)   primary key,
    case_id            varchar(64)   not null,
    unit_id            varchar(64)   not null,
    unit_name          varchar(100),
    requested_by       varchar(64)   not null,
    requested_by_name  varchar(100)  not null,
    reason             varchar(2000) not null,
    until              timestamp(6) with time zone not null,
    previous_due       timestamp(6) with time zone,
    note               varchar(2000),
    requested_at       timestamp(6) with time zone not null,
    status             varchar(16)   not null,
    decided_by         varchar(64),
    decided_by_name    varchar(100),
    decision_note      varchar(2000),
    decided_at         timestamp(6) with time zone
);
create unique index extension_request_open_once on extension_request (case_id) where status = 'REQUESTED';
create index extension_request_case on extension_request (case_id, requested_at);

-- Supervision records (督办): owned by the supervising unit; at most one open per case and trigger.
create table supervision (
    supervision_id        varchar(64)   primary key,
    case_id               varchar(64)   not null,
    trigger_kind          varchar(32)   not null,
    supervising_unit_id   varchar(64)   not null,
    supervising_unit_name varchar(100),
    unit_id               varchar(64),
    unit_name             varchar(100),
    reason                varchar(2000) not null,
    due                   timestamp(6) with time zone not null,
    status                varchar(16)   not null,
    opened_at             timestamp(6) with time zone not null,
    outcome               varchar(16),
    note                  varchar(2000),
    concluded_at          timestamp(6) with time zone,
    concluded_by          varchar(64),
    concluded_by_name     varchar(100)
);
create unique index supervision_open_once on supervision (case_id, trigger_kind) where status = 'OPEN';
create index supervision_supervising on supervision (supervising_unit_id, opened_at);
create index supervision_unit on supervision (unit_id, opened_at);

-- Every step of every case with its unit and time: the data time accounting reads (who held it, how long each took).
create table case_step (
    id        bigserial    primary key,
    case_id   varchar(64)  not null,
    step      varchar(32)  not null,
    unit_id   varchar(64),
    unit_name varchar(100),
    at        timestamp(6) with time zone not null
);
create index case_step_case on case_step (case_id, at, id);
create index case_step_unit on case_step (unit_id, at);

-- Holiday arrangements loaded at run time (next year's notice), in the calendar/cn-<year>.tsv format; a stored
-- year takes precedence over the one shipped with the service.
create table holiday_calendar (
    year        integer      primary key,
    arrangement text         not null,
    source      varchar(500),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64)
);

-- The reply round evaluation last reopened the case for, so a reopening is applied once.
alter table work_item add column reopen_round integer not null default 0;
