-- Disclosed cases (公开是常态): redacted copies for the public, words for Chinese-aware search,
-- and the status and unit kept current from the timeline so the public list needs no joins.
alter table petition
    add column public_title   varchar(100),
    add column public_content varchar(5000),
    add column search_tokens  varchar(20000),
    add column status         varchar(32) not null default 'RECEIVED',
    add column unit_id        varchar(64),
    add column unit_name      varchar(100);

create index petition_public on petition (received_at desc) where disclosure = 'PUBLIC';
create index petition_search on petition using gin (to_tsvector('simple', coalesce(search_tokens, '')))
    where disclosure = 'PUBLIC';
