-- Session marks from schools and AP providers (ADR 14). One row per child, establishment and
-- calendar month: the month's 62 sessions as 62 bytes, day d's morning at offset 2(d-1) and its
-- afternoon at 2(d-1)+1, each byte the national code's id (AttendanceCode), 0 for no mark. About
-- 5 bytes a mark with the indexes, against some 60 for a row per mark.
create table attendance_month (
    establishment_id uuid    not null references organisation (id),
    month            date    not null check (extract(day from month) = 1),
    child_id         uuid    not null references child (id),
    marks            bytea   not null check (length(marks) = 62),
    primary key (establishment_id, month, child_id)
);
create index attendance_month_child_idx on attendance_month (child_id, month);

-- Each load of marks: who sent how many, by which route.
create table attendance_load (
    id          uuid        primary key,
    route       text        not null check (route in ('CSV', 'API', 'REGISTER', 'CTF')),
    marks       integer     not null,
    changed     integer     not null,
    loaded_at   timestamptz not null,
    loaded_by   text        not null
);

-- A re-sent mark replaces the earlier one; the change is kept (who, when, old, new).
create table attendance_mark_change (
    load_id          uuid     not null references attendance_load (id),
    child_id         uuid     not null references child (id),
    establishment_id uuid     not null references organisation (id),
    session_date     date     not null,
    session          char(2)  not null check (session in ('AM', 'PM')),
    old_code         smallint not null,
    new_code         smallint not null
);
create index attendance_mark_change_child_idx on attendance_mark_change (child_id, session_date);

-- A day's load rewrites each pupil's month row: room on the page lets PostgreSQL update it in place
-- (a HOT update, no index entry written), since no indexed column changes.
alter table attendance_month set (fillfactor = 70);
