-- Cases handling found urgent (public safety: 3 h to make safe on site, 24 h to repair), by case id. A table of its
-- own rather than columns of routed_case: case.marked-urgent (handling's topic) may come before or after
-- case.received (intake's topic), and the two are applied by different consumers at the same time, so each writes
-- only its own row and the dispatch queue joins them when read.
create table case_urgency (
    case_id     varchar(64)  primary key,
    keyword     varchar(100),
    handle_due  timestamp(6) with time zone,
    fix_due     timestamp(6) with time zone,
    marked_at   timestamp(6) with time zone not null
);
