-- Cases handling marked urgent (public safety), for units' new-work notices: 【紧急】, made safe on site by, repaired by.
-- Its own table, not columns of case_contact: the mark (handling's topic) may come before the receipt (intake's
-- topic) that creates the contact.
create table case_urgency (
    case_id     varchar(64)  primary key,
    keyword     varchar(100),
    handle_due  timestamp(6) with time zone,
    fix_due     timestamp(6) with time zone,
    marked_at   timestamp(6) with time zone not null
);
