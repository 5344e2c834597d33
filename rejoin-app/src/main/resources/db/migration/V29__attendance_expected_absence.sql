-- An absence through illness an officer knows is coming (a hospital stay, an operation and its
-- recovery): the LA's duty under Education Act 1996 s19 starts as soon as it is clear a child will
-- miss 15 school days, so the expected days count towards the illness alert before they are marked
-- (docs/rules/attendance.md).
create table expected_absence (
    id           uuid        primary key,
    child_id     uuid        not null references child (id),
    starts_on    date        not null,
    ends_on      date        not null,
    reason       text        not null,
    recorded_at  timestamptz not null,
    recorded_by  text        not null,
    check (ends_on >= starts_on)
);
create index expected_absence_child_idx on expected_absence (child_id, ends_on);
