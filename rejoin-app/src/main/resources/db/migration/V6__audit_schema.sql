-- Append-only record of who saw and changed what, when and through which channel.
create table audit_event (
    id                bigint      generated always as identity primary key,
    occurred_at       timestamptz not null,
    actor_user_id     uuid,
    actor_username    text        not null,
    actor_organisation_id   uuid,
    actor_organisation_name text,
    channel           text        not null check (channel in ('WEB', 'API', 'SYSTEM')),
    action            text        not null,
    outcome           text        not null check (outcome in ('SUCCEEDED', 'DENIED')),
    child_id          uuid,
    subject           text,
    changes           jsonb
);
create index audit_event_child_idx on audit_event (child_id, occurred_at desc) where child_id is not null;
create index audit_event_actor_idx on audit_event (actor_user_id, occurred_at desc);

-- Audit rows cannot be changed or removed, whatever connects to the database.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
