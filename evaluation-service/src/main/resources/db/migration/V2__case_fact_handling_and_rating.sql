-- The handling steps and the citizen's rating, so every monthly figure is counted from one row per case:
-- a redelivered or re-emitted event rewrites the same row instead of adding to a count.
alter table case_fact
    add column tracking_code_hash varchar(64),
    add column unit_name          varchar(200),
    add column accepted_at        timestamp(6) with time zone,
    add column rejected_at        timestamp(6) with time zone,
    add column reply_due          timestamp(6) with time zone,
    add column replied_at         timestamp(6) with time zone,
    add column last_replied_at    timestamp(6) with time zone,
    add column reply_round        integer not null default 0,
    add column completed_at       timestamp(6) with time zone,
    add column rating             varchar(24),
    add column solved             boolean,
    add column rated_at           timestamp(6) with time zone,
    add column rated_round        integer not null default 0,
    add column reopen_count       integer not null default 0,
    add column reopened_round     integer not null default 0;
comment on column case_fact.tracking_code_hash is 'SHA-256 (hex) of the citizen''s tracking code; the code itself is never stored';
comment on column case_fact.replied_at is 'first reply: the reply-rate and reply-time figures judge it';
comment on column case_fact.reply_round is '1 after the first reply, one more for each reply after a reopening';
create index case_fact_reply_due on case_fact (reply_due);
create index case_fact_replied on case_fact (replied_at);
create index case_fact_rated on case_fact (rated_at);
