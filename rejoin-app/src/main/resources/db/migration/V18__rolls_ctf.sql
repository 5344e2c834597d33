-- Common Transfer Files (Pupil Information Regulations 2005; docs/rules/rolls.md). What a CTF says that the register has no place for:
-- the schools a child was at before Rejoin knew them, and their attendance year by year. Kept per
-- child, replaced when a later file says the same school or year again.
create table child_school_history (
    child_id       uuid    not null references child (id),
    la             char(3) not null,
    estab          char(4) not null,
    school_name    text,
    entry_date     date    not null,
    leaving_date   date,
    leaving_reason text,
    import_id      uuid    not null,
    primary key (child_id, la, estab, entry_date),
    check (leaving_date is null or leaving_date >= entry_date)
);

create table child_attendance_year (
    child_id             uuid     not null references child (id),
    academic_year        smallint not null,
    la                   char(3)  not null,
    estab                char(4)  not null,
    school_name          text,
    sessions_possible    integer  check (sessions_possible >= 0),
    sessions_authorised  integer  check (sessions_authorised >= 0),
    sessions_attended    integer  check (sessions_attended >= 0),
    sessions_unauthorised integer check (sessions_unauthorised >= 0),
    marks                text,
    marks_from           date,
    import_id            uuid     not null,
    primary key (child_id, academic_year, la, estab)
);

-- Each file imported, and what became of each of its pupils.
create table ctf_import (
    id           uuid        primary key,
    file_name    text        not null,
    ctf_version  text        not null,
    created_at   timestamp   not null,
    source_la    char(3)     not null,
    source_estab char(4)     not null,
    source_name  text,
    dest_la      char(3)     not null,
    dest_estab   char(4)     not null,
    pupils       integer     not null,
    imported_at  timestamptz not null,
    imported_by  text        not null
);

create table ctf_import_pupil (
    import_id uuid     not null references ctf_import (id),
    position  integer  not null,
    child_id  uuid     not null references child (id),
    name      text     not null,
    outcome   text     not null check (outcome in ('MATCHED', 'ADDED')),
    detail    text     not null,
    primary key (import_id, position)
);

-- Each file exported: its sequence number (the nnn of LLLEEEE_CTF_LLLEEEE_nnn.XML) and its pupils,
-- with whether the file went more than 15 school days after the pupil left (Pupil Information Regulations 2005; docs/rules/rolls.md).
create table ctf_export (
    id               uuid        primary key,
    establishment_id uuid        not null references organisation (id),
    sequence         integer     not null check (sequence between 1 and 999),
    file_name        text        not null,
    dest_la          char(3)     not null,
    dest_estab       char(4)     not null,
    exported_at      timestamptz not null,
    exported_by      text        not null
);
create index ctf_export_establishment_idx on ctf_export (establishment_id, exported_at desc);

create table ctf_export_pupil (
    export_id uuid    not null references ctf_export (id),
    child_id  uuid    not null references child (id),
    left_on   date,
    late      boolean not null,
    primary key (export_id, child_id)
);
create index ctf_export_pupil_child_idx on ctf_export_pupil (child_id);
