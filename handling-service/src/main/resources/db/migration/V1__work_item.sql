-- Units' work queues: one row per case, filled by received and routed events in either order.
create table work_item (
    case_id      varchar(64)  primary key,
    unit_id      varchar(64),
    unit_name    varchar(100),
    title        varchar(100),
    category     varchar(50),
    channel      varchar(32),
    received_at  timestamp(6) with time zone,
    routed_at    timestamp(6) with time zone,
    status       varchar(32)  not null
);
create index work_item_unit on work_item (unit_id, routed_at);
