-- The deadline a step sets (or, for a missed deadline, the step that missed it), for the citizen's view.
alter table timeline_entry
    add column deadline_kind varchar(32),
    add column deadline_due  timestamp(6) with time zone;
