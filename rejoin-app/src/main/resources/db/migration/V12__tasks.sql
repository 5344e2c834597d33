-- Work with a due date: what a module's rule says must happen by when (docs/rules/cme.md), for one child.
-- The owning module computes the due date in school days and closes the task when its milestone is
-- reached; a person may record it done. Never deleted. Overdue is derived: open and due before today.
create table task (
    id              uuid        primary key,
    kind            text        not null,
    title           text        not null,
    rule            text        not null,
    child_id        uuid        references child (id),
    subject_type    text        not null,
    subject_id      uuid        not null,
    due_on          date        not null,
    urgent          boolean     not null default false,
    assigned_to     uuid        references app_user (id),
    created_at      timestamptz not null,
    created_by      text        not null,
    closed_at       timestamptz,
    closed_by       text,
    outcome         text,
    check ((closed_at is null) = (closed_by is null)),
    check (closed_at is null or length(trim(outcome)) > 0)
);
create index task_open_idx on task (urgent desc, due_on) where closed_at is null;
create index task_subject_idx on task (subject_id);
create index task_child_idx on task (child_id);
