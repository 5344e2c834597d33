-- CME casework (docs/rules/cme.md, from identifying the child as missing to entering provision). A case is
-- the dated milestones below; its status is derived from them, never stored. Nothing is deleted:
-- a case stays open until the child is in provision, has left to a named destination, or is
-- located abroad, and a closed case can be reopened, keeping its history.
create sequence cme_case_number;

create table cme_case (
    id                      uuid        primary key,
    reference               text        not null unique,
    child_id                uuid        not null references child (id),
    referral_id             uuid        references referral (id),
    kind                    text        not null check (kind in ('MISSING_EDUCATION', 'AT_RISK')),
    date_referred           date        not null,
    key_worker              uuid        references app_user (id),
    needs_summary           text,
    eligibility             text,
    last_known_placement    text,
    last_known_placement_on date,
    looked_after_emergency  boolean     not null default false,
    opened_at               timestamptz not null,
    opened_by               text        not null,
    version                 bigint      not null default 0
);
create index cme_case_child_idx on cme_case (child_id);
create index cme_case_key_worker_idx on cme_case (key_worker);

create table cme_milestone (
    case_id         uuid        not null references cme_case (id),
    position        integer     not null,
    milestone       text        not null check (milestone in ('IDENTIFIED', 'LOCATED', 'NEEDS_DETERMINED',
                        'PROVISION_IDENTIFIED', 'PROVISION_ACCESSED', 'CLOSED', 'REOPENED')),
    occurred_on     date        not null,
    details         text,
    outcome         text        check (outcome in ('IN_SCHOOL', 'IN_ALTERNATIVE_PROVISION', 'ELECTIVE_HOME_EDUCATION',
                        'MOVED_TO_OTHER_LA', 'LOCATED_ABROAD', 'OVER_COMPULSORY_SCHOOL_AGE', 'DECEASED')),
    destination     text,
    recorded_at     timestamptz not null,
    recorded_by     text        not null,
    primary key (case_id, position),
    check ((milestone = 'CLOSED') = (outcome is not null))
);

create table cme_enquiry (
    id          uuid        primary key,
    case_id     uuid        not null references cme_case (id),
    check_type  text        not null,
    checked_on  date        not null,
    outcome     text        not null check (outcome in ('FOUND', 'NOT_FOUND', 'NO_RESPONSE', 'INFORMATION')),
    notes       text,
    recorded_at timestamptz not null,
    recorded_by text        not null
);
create index cme_enquiry_case_idx on cme_enquiry (case_id, checked_on);

create table cme_note (
    id           uuid        primary key,
    case_id      uuid        not null references cme_case (id),
    kind         text        not null check (kind in ('NOTE', 'CONTACT')),
    occurred_on  date        not null,
    contact_with text,
    method       text,
    text         text        not null check (length(trim(text)) > 0),
    recorded_at  timestamptz not null,
    recorded_by  text        not null
);
create index cme_note_case_idx on cme_note (case_id, occurred_on);

create table cme_document (
    id           uuid        primary key,
    case_id      uuid        not null references cme_case (id),
    filename     text        not null,
    content_type text        not null,
    size_bytes   integer     not null check (size_bytes > 0),
    content      bytea       not null,
    description  text,
    uploaded_at  timestamptz not null,
    uploaded_by  text        not null
);
create index cme_document_case_idx on cme_document (case_id);
