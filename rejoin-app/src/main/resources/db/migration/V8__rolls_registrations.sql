-- A child's registrations at establishments (School Attendance (Pupil Registration) (England)
-- Regulations 2024): enrolment status C single, M main dual, S subsidiary dual.
create table registration (
    id                uuid    primary key,
    child_id          uuid    not null references child (id),
    establishment_id  uuid    not null references organisation (id),
    enrolment_status  char(1) not null check (enrolment_status in ('C', 'M', 'S')),
    starts_on         date    not null,
    ends_on           date,
    deletion_ground   text,
    version           bigint  not null,
    check (ends_on is null or ends_on >= starts_on),
    check ((ends_on is null) = (deletion_ground is null))
);
create index registration_child_idx on registration (child_id, starts_on desc);
create index registration_establishment_idx on registration (establishment_id, ends_on);
