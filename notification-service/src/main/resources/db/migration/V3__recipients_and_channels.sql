-- Units' and leaders' contacts: data kept by staff through PUT /api/v1/contacts/units/{unitId}, nothing hard-coded.
create table unit_contact (
    unit_id         varchar(64)   primary key,
    unit_name       varchar(200),
    email           varchar(254),
    phone           varchar(32),
    webhook_url     varchar(500),
    -- the shared secret the unit's system checks our HMAC signature with; never answered back
    webhook_secret  varchar(200),
    updated_by      varchar(64)   not null,
    updated_at      timestamp(6) with time zone not null
);

-- Who a row is for: the case id for the citizen, the unit id for units and leaders.
alter table notification add column recipient_id varchar(64);
update notification set recipient_id = case_id where recipient_id is null;
alter table notification alter column recipient_id set not null;
-- Keyed digest of the full contact, so staff can find a recipient's notices without it being stored in clear.
alter table notification add column recipient_digest varchar(64);
-- Quiet hours: an SMS is not sent before this time (durable: the worker does not claim the row earlier).
alter table notification add column not_before timestamp(6) with time zone;
-- Whether opted-out citizens still get it (received, rejected, reply).
alter table notification add column essential boolean not null default true;
-- Once per event, recipient and channel: a unit with e-mail and SMS gets one of each.
alter table notification drop constraint notification_event_id_recipient_kind_key;
alter table notification add constraint notification_once unique (event_id, recipient_kind, recipient_id, channel);
create index notification_recipient_digest on notification (recipient_digest, created_at);
create index notification_recipient_id on notification (recipient_id, created_at);
update notification set channel = 'WEBHOOK' where channel = 'CHANNEL_WEBHOOK';

-- What else the receipt tells: the tracking code's digest (preferences, live stream), the channel's handle
-- (webhook back to it), the title and category (units' notices), and the citizen's preferences.
alter table case_contact add column tracking_digest varchar(64);
alter table case_contact add column external_id varchar(200);
alter table case_contact add column user_handle varchar(200);
alter table case_contact add column post_id varchar(200);
alter table case_contact add column title varchar(300);
alter table case_contact add column category varchar(100);
alter table case_contact add column chosen_channel varchar(16);
alter table case_contact add column non_essential boolean not null default true;

-- Notices given up after the last try, for staff to look into (GET /api/v1/notifications/dead-letters).
create table dead_letter (
    notification_id uuid          primary key references notification (id),
    case_id         varchar(64)   not null,
    event_id        varchar(64)   not null,
    event_type      varchar(100)  not null,
    recipient_kind  varchar(16)   not null,
    recipient       varchar(254)  not null,
    channel         varchar(32)   not null,
    attempts        integer       not null,
    error           varchar(500),
    failed_at       timestamp(6) with time zone not null
);
create index dead_letter_failed_at on dead_letter (failed_at);
