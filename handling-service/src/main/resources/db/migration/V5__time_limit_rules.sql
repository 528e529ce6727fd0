-- Time limits as data: an ordered list of rules; the first rule matching a case's category, channel and urgency
-- (null: any) gives all its step limits, and the last rule matches every case. Replaced as a whole by
-- PUT /api/v1/time-limits; every instance re-reads it every handling.time-limits.refresh-interval.
create table time_limit_rule (
    position    integer      primary key,
    name        varchar(200) not null,
    category    varchar(50),
    channel     varchar(32),
    urgency     varchar(8),
    -- [{"step":"SIGN","kind":"WORKING_HOURS","amount":2,"from":"ROUTED"}, ...]
    limits      jsonb        not null,
    updated_at  timestamp(6) with time zone not null default now(),
    updated_by  varchar(64)
);

-- today's published defaults (TimeLimitPolicy.DEFAULT)
insert into time_limit_rule (position, name, category, channel, urgency, limits, updated_by) values
 (0, '紧急公共安全：3小时处置、24小时修复（成都井盖规则）', null, null, 'URGENT',
  '[{"step":"HANDLE","kind":"CALENDAR_HOURS","amount":3,"from":"RECEIVED"},{"step":"FIX","kind":"CALENDAR_HOURS","amount":24,"from":"RECEIVED"}]',
  'V5__time_limit_rules'),
 (1, '一般诉求：2个工作小时签收、1个工作日受理、5个工作日答复（平湖、萧山）', null, null, null,
  '[{"step":"SIGN","kind":"WORKING_HOURS","amount":2,"from":"ROUTED"},{"step":"ACCEPT","kind":"WORKING_DAYS","amount":1,"from":"ROUTED"},{"step":"REPLY","kind":"WORKING_DAYS","amount":5,"from":"ROUTED"}]',
  'V5__time_limit_rules');

-- Urgency of a case, from the urgent keywords found in its title or content when it was received; the urgent
-- rules' deadlines (处置 handle, 修复 fix) kept with the case.
alter table work_item
    add column urgency         varchar(8)  not null default 'NORMAL',
    add column urgent_keyword  varchar(50),
    add column handle_due      timestamp(6) with time zone,
    add column fix_due         timestamp(6) with time zone;
