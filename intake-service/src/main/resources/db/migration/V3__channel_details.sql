-- What only some channels have: the hotline call and its agent, the social-media post and handle, the forum thread.
alter table petition
    add column call_id     text,
    add column agent_id    text,
    add column agent_name  text,
    add column post_id     text,
    add column user_handle text,
    add column thread_id   text;
