-- Hours of education (ADR 15). An establishment's session times: how long each session
-- teaches. An establishment without a row uses the LA's default (rejoin.attendance.session-times).
create table session_times (
    establishment_id uuid        primary key references organisation (id),
    am_starts        time        not null,
    am_ends          time        not null,
    pm_starts        time        not null,
    pm_ends          time        not null,
    changed_at       timestamptz not null,
    changed_by       text        not null,
    check (am_ends > am_starts),
    check (pm_starts >= am_ends),
    check (pm_ends > pm_starts)
);

-- Part-time timetables (code C2; docs/rules/attendance.md): exceptional, time-limited, reviewed. The sessions the
-- child is timetabled to attend are a 10-bit set, Monday morning bit 0 to Friday afternoon bit 9.
create table part_time_timetable (
    id               uuid        primary key,
    child_id         uuid        not null references child (id),
    establishment_id uuid        not null references organisation (id),
    starts_on        date        not null,
    planned_end_on   date        not null,
    review_on        date        not null,
    reason           text        not null check (length(reason) between 1 and 2000),
    sessions         smallint    not null check (sessions between 0 and 1022),
    ended_on         date,
    recorded_at      timestamptz not null,
    recorded_by      text        not null,
    version          bigint      not null,
    check (planned_end_on >= starts_on),
    check (review_on between starts_on and planned_end_on),
    check (ended_on is null or ended_on >= starts_on)
);
create index part_time_timetable_child_idx on part_time_timetable (child_id, starts_on desc);
create index part_time_timetable_establishment_idx on part_time_timetable (establishment_id, ended_on);

-- Children whose education falls short of the weekly minimum (rejoin.attendance.minimum-weekly-hours),
-- as the last scan found them: since when, for how many school weeks, and the last week's hours.
create table short_hours (
    child_id         uuid          primary key references child (id),
    since            date          not null,
    weeks            integer       not null check (weeks > 0),
    week_of          date          not null,
    offered          numeric(5, 2) not null,
    attended         numeric(5, 2) not null,
    computed_at      timestamptz   not null
);

alter table attendance_alert drop constraint attendance_alert_kind_check;
alter table attendance_alert add constraint attendance_alert_kind_check check (kind in ('CONTINUOUS_UNAUTHORISED',
    'ILLNESS', 'PENALTY_THRESHOLD', 'REASON_NOT_ESTABLISHED', 'LOW_ATTENDANCE', 'LOOKED_AFTER_ABSENT', 'PROVIDER_SILENT',
    'TIMETABLE_REVIEW_DUE', 'TIMETABLE_PAST_END'));

-- Generated populations (the demo LA) load whole months at once.
alter table attendance_load drop constraint attendance_load_route_check;
alter table attendance_load add constraint attendance_load_route_check check (route in ('CSV', 'API', 'REGISTER', 'CTF', 'BULK'));
