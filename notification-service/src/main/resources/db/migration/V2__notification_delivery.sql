-- Delivery: the consumer records a PENDING row in its transaction; the delivery worker sends it after
-- commit and settles it as SENT, SKIPPED (no one to reach) or FAILED.
alter table notification add column subject varchar(300);
-- What is sent, tracking code in clear; kept only until the row is settled (the log text stays masked).
alter table notification add column body text;
-- When the worker may (next) pick the row up: its lease while a delivery is in flight.
alter table notification add column next_attempt_at timestamp(6) with time zone;
alter table notification add column settled_at timestamp(6) with time zone;
alter table notification add column last_error varchar(500);
create index notification_due on notification (channel, next_attempt_at) where state = 'PENDING';
