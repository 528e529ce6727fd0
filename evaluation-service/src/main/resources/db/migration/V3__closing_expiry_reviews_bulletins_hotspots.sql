-- Return visits and closing, the not-rated timeout, what repeated problems and hot spots compare.
alter table case_fact
    add column return_visit_due      timestamp(6) with time zone,
    add column return_visited_at     timestamp(6) with time zone,
    add column return_visit_outcome  varchar(16),
    add column closed_at             timestamp(6) with time zone,
    add column closed_reason         varchar(16),
    add column rating_due            timestamp(6) with time zone,
    add column rating_expired_at     timestamp(6) with time zone,
    add column rating_expired_round  integer not null default 0,
    add column citizen_hash          varchar(64),
    add column region_code           varchar(64),
    add column terms                 text,
    add column place                 varchar(64),
    add column unresolved_count      integer not null default 0,
    add column recurrence_reported   boolean not null default false;
comment on column case_fact.rating_due is 'when the current reply round counts as not rated; the expiry job claims due rows';
comment on column case_fact.citizen_hash is 'SHA-256 of the citizen''s normalised phone or e-mail; neither is stored';
comment on column case_fact.terms is 'distinct smartcn terms of title and content, space separated, for similarity';
create index case_fact_rating_due on case_fact (rating_due) where rating_due is not null;
create index case_fact_citizen on case_fact (citizen_hash) where citizen_hash is not null;
create index case_fact_rating_expired on case_fact (rating_expired_at);

-- The pool third-party panels are drawn from (第三方评议): experts, deputies, lawyers, citizen representatives.
create table panel_member (
    member_id varchar(64)  primary key,
    name      varchar(100) not null,
    role      varchar(32)  not null,
    title     varchar(100),
    active    boolean      not null default true
);

-- A third-party review of a disputed case (kind CASE) or the monthly evaluation of a unit (kind UNIT).
create table review (
    review_id     varchar(64)  primary key,
    kind          varchar(8)   not null,
    case_id       varchar(64),
    unit_id       varchar(64),
    period        varchar(7),
    reason        varchar(500),
    panel         text         not null,
    sample        text,
    opened_at     timestamp(6) with time zone not null,
    conclusion    varchar(16),
    summary       varchar(2000),
    concluded_at  timestamp(6) with time zone
);
-- At most one open review per case, one evaluation per unit and month.
create unique index review_open_case on review (case_id) where kind = 'CASE' and concluded_at is null;
create unique index review_unit_period on review (unit_id, period) where kind = 'UNIT';

create table review_finding (
    finding_id uuid         primary key,
    review_id  varchar(64)  not null references review (review_id),
    member_id  varchar(64)  not null,
    case_id    varchar(64)  not null default '',
    finding    varchar(2000) not null,
    score      integer,
    at         timestamp(6) with time zone not null,
    unique (review_id, member_id, case_id)
);

-- One bulletin per month, whoever asks first (staff or the first-working-day job, on any instance).
create table bulletin (
    period       varchar(7) primary key,
    payload      text       not null,
    published_at timestamp(6) with time zone not null
);

-- Hot spots: stable per place and topic, so a growing one is reported under one id.
create table hotspot (
    hotspot_id   varchar(80)  primary key,
    place        varchar(64)  not null,
    place_name   varchar(200),
    keywords     text         not null,
    case_ids     text         not null,
    case_count   integer      not null,
    previous_count integer    not null,
    trend        varchar(8)   not null,
    window_start timestamp(6) with time zone not null,
    window_end   timestamp(6) with time zone not null,
    detected_at  timestamp(6) with time zone not null
);
create index hotspot_place on hotspot (place);
create index case_fact_place on case_fact (place, received_at) where place is not null;
