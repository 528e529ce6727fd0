-- Deadlines counted across days whose holiday arrangement was not yet published are provisional: kept with the limits
-- they were computed with, and counted again when the arrangement is loaded (PUT /api/v1/calendar/{year}).
alter table work_item
    -- e.g. SIGN:WORKING_HOURS:2:ROUTED;ACCEPT:WORKING_DAYS:1:ROUTED;REPLY:WORKING_DAYS:5:ROUTED
    add column applied_limits        varchar(500),
    add column deadlines_provisional boolean not null default false,
    -- a reopened case's reply clock starts at the reopening (null: at routing, by the applied limits)
    add column reply_clock_start     timestamp(6) with time zone,
    -- a reply deadline a person set (a granted extension) is not counted again
    add column reply_due_fixed       boolean not null default false;
create index work_item_provisional on work_item (case_id) where deadlines_provisional;
