-- Where each case stands in routing: with a unit waiting for acceptance, with a leader waiting for
-- instruction, in the dispatch queue, or past routing (accepted, rejected, completed).
alter table routed_case
    add column unit_name             varchar(100),
    add column official_id           varchar(64),
    add column leader_required       boolean      not null default false,
    add column routed_by             varchar(64),
    add column attempt               int          not null default 1,
    add column state                 varchar(24)  not null default 'ROUTED',
    add column title                 varchar(200),
    add column region_code           varchar(64),
    add column queue_reason          varchar(16),
    add column queued_at             timestamp(6) with time zone,
    add column returned_by_unit_id   varchar(64),
    add column returned_by_unit_name varchar(100),
    add column return_reason         text,
    add column suggestions           text,
    add column returns               int          not null default 0,
    add column accept_due            timestamp(6) with time zone,
    add column escalated_returned    boolean      not null default false,
    add column escalated_unaccepted  boolean      not null default false;
alter table routed_case alter column reason type varchar(16);
create index routed_case_queue on routed_case (queued_at) where queue_reason is not null;
-- The watch claims due rows with "for update skip locked"; only rows with a due time are indexed.
create index routed_case_accept_due on routed_case (accept_due) where accept_due is not null;

-- Every unit that held a case, in order: the time lost in each hand-off (escalations carry it).
create table case_hold (
    case_id    varchar(64)  not null,
    seq        int          not null,
    unit_id    varchar(64)  not null,
    unit_name  varchar(100) not null,
    from_at    timestamp(6) with time zone not null,
    to_at      timestamp(6) with time zone,
    primary key (case_id, seq)
);

-- Routing rules as data: the category (and/or keywords) in a scope of the directory decide the unit.
create table routing_rule (
    id          bigserial    primary key,
    category    varchar(50),
    scope_id    varchar(64),
    keywords    varchar(500) not null default '',
    unit_id     varchar(64)  not null,
    priority    int          not null default 0,
    note        varchar(200),
    updated_at  timestamp(6) with time zone not null default now()
);
create index routing_rule_unit on routing_rule (unit_id);

-- Bumped in the transaction that changes rules or the directory; every instance reloads when it moves.
create table routing_version (
    name     varchar(32) primary key,
    version  bigint      not null
);
insert into routing_version (name, version) values ('rules', 0), ('directory', 0);

-- A bounded window of open cases' terms for duplicate linking; contacts are kept only as SHA-256 digests.
create table case_terms (
    case_id      varchar(64)  primary key,
    phone_digest varchar(64),
    email_digest varchar(64),
    region_code  varchar(64),
    category     varchar(50),
    terms        text         not null,
    received_at  timestamp(6) with time zone not null
);
create index case_terms_phone on case_terms (phone_digest) where phone_digest is not null;
create index case_terms_email on case_terms (email_digest) where email_digest is not null;
create index case_terms_region on case_terms (region_code, received_at);
create index case_terms_received on case_terms (received_at);
