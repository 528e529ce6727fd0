-- One row per case with the facts the monthly figures count.
create table case_fact (
    case_id      varchar(64)  primary key,
    channel      varchar(32),
    category     varchar(50),
    unit_id      varchar(64),
    received_at  timestamp(6) with time zone,
    routed_at    timestamp(6) with time zone
);
create index case_fact_received on case_fact (received_at);
