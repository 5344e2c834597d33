-- Attendance alerts (docs/rules/attendance.md): each raised once for its episode (the day it began), with its evidence.
create table attendance_alert (
    id               uuid        primary key,
    kind             text        not null check (kind in ('CONTINUOUS_UNAUTHORISED', 'ILLNESS', 'PENALTY_THRESHOLD',
                         'REASON_NOT_ESTABLISHED', 'LOW_ATTENDANCE', 'LOOKED_AFTER_ABSENT', 'PROVIDER_SILENT')),
    child_id         uuid        not null references child (id),
    establishment_id uuid        not null references organisation (id),
    episode          date        not null,
    evidence         text        not null,
    raised_at        timestamptz not null,
    unique (kind, child_id, establishment_id, episode)
);
create index attendance_alert_establishment_idx on attendance_alert (establishment_id, raised_at desc);
create index attendance_alert_child_idx on attendance_alert (child_id, raised_at desc);
