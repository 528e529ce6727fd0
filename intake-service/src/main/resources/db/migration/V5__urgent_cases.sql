-- A step may set more than one deadline (an urgent case: HANDLE and FIX at once). The first stays in
-- deadline_kind/deadline_due; the further ones are listed here as KIND=timestamp, comma-separated
-- (e.g. FIX=2026-11-24T03:05Z). Null on every row written before, which therefore reads as it did.
alter table timeline_entry
    add column further_deadlines text;

-- Why a case is treated as urgent (from gov.petition.case.marked-urgent), for the citizen's view.
alter table petition
    add column urgent_keyword text,
    add column urgent_rule    text,
    add column urgent_since   timestamp(6) with time zone;
