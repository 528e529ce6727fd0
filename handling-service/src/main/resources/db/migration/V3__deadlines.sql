-- The unit's deadlines, computed on the working-day calendar when a case is routed to it; next_due is the one the
-- case is waiting on in its current status, so the queue can filter and sort overdue work with one index.
alter table work_item
    add column time_limit_rule  varchar(200),
    add column sign_due         timestamp(6) with time zone,
    add column accept_due       timestamp(6) with time zone,
    add column reply_due        timestamp(6) with time zone,
    add column next_due         timestamp(6) with time zone;
create index work_item_unit_due on work_item (unit_id, next_due);
