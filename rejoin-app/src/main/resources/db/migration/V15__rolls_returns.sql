-- New-pupil and deletion returns (Pupil Registration Regulations 2024; docs/rules/rolls.md): what each school
-- told the LA and when, with the lateness the rules measure. A deletion ends its registration; the
-- registration is the record of the roll, the return the record of the report.
create table roll_return (
    id                     uuid        primary key,
    kind                   text        not null check (kind in ('JOINER', 'DELETION')),
    registration_id        uuid        not null references registration (id),
    child_id               uuid        not null references child (id),
    establishment_id       uuid        not null references organisation (id),
    effective_on           date        not null,
    reported_on            date        not null,
    late                   boolean     not null,
    deletion_ground        text,
    destination            text        check (destination in ('SCHOOL_IN_LA', 'OTHER_LA', 'ABROAD', 'HOME_EDUCATION',
                               'UNKNOWN', 'NOT_APPLICABLE')),
    destination_establishment uuid     references organisation (id),
    destination_detail     text,
    joint_enquiries        text,
    joint_enquiries_on     date,
    parent_notice_on       date,
    exclusion_review       text        check (exclusion_review in ('NOT_REQUESTED', 'CONCLUDED', 'DECLINED', 'PENDING')),
    reported_at            timestamptz not null,
    reported_by            text        not null,
    check ((kind = 'DELETION') = (deletion_ground is not null)),
    check (kind = 'JOINER' or destination is not null)
);
create index roll_return_establishment_idx on roll_return (establishment_id, reported_on desc);
create index roll_return_child_idx on roll_return (child_id);
create unique index roll_return_one_deletion on roll_return (registration_id) where kind = 'DELETION';

-- Children who left for another LA: the notification to that LA's CME contact.
create table cross_la_notification (
    id              uuid        primary key,
    roll_return_id  uuid        not null references roll_return (id),
    child_id        uuid        not null references child (id),
    direction       text        not null check (direction in ('SENT', 'RECEIVED')),
    other_la        text        not null,
    contact         text,
    notified_on     date        not null,
    recorded_at     timestamptz not null,
    recorded_by     text        not null
);
