-- Citizens' follow-up messages (追问) reach the unit holding the case.
alter table work_item
    add column follow_ups          integer not null default 0,
    add column last_follow_up_at   timestamp(6) with time zone;
