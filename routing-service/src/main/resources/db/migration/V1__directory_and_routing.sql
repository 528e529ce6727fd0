create table unit (
    id          varchar(64)  primary key,
    name        varchar(100) not null,
    level       varchar(16)  not null,
    parent_id   varchar(64),
    categories  varchar(500) not null,
    mailbox     boolean      not null
);
create index unit_parent on unit (parent_id);

create table official (
    id       varchar(64)  primary key,
    name     varchar(50)  not null,
    title    varchar(50)  not null,
    unit_id  varchar(64)  not null
);
create index official_unit on official (unit_id);

-- The decision taken for each case.
create table routed_case (
    case_id     varchar(64)  primary key,
    unit_id     varchar(64)  not null,
    reason      varchar(16)  not null,
    confidence  float(53)    not null,
    category    varchar(50),
    routed_at   timestamp(6) with time zone not null
);
