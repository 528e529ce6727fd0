-- Urgent cases (处置): when and by whom the danger was made safe on site, meeting the HANDLE deadline; a case is made
-- safe once. The FIX deadline is met when the case is completed.
alter table work_item
    add column handled_at      timestamp(6) with time zone,
    add column handled_by      varchar(64),
    add column handled_by_name varchar(100);

-- Each step's limit now comes from the first matching rule that limits it, so a case's deadlines may come from
-- several rules; their names are kept together.
alter table work_item alter column time_limit_rule type varchar(1000);
