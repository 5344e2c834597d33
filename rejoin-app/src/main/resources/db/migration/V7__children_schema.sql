-- The register: one record per child the LA knows about, on a roll or off it.
create extension if not exists pg_trgm;

create table child (
    id                      uuid        primary key,
    legal_forename          text        not null,
    middle_names            text,
    legal_surname           text        not null,
    preferred_forename      text,
    preferred_surname       text,
    date_of_birth           date        not null,
    date_of_birth_estimated boolean     not null default false,
    sex                     text        not null check (sex in ('FEMALE', 'MALE', 'NOT_KNOWN')),
    upn                     char(13)    check (upn ~ '^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$'),
    uln                     char(10)    check (uln ~ '^[0-9]{10}$'),
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    version                 bigint      not null
);
-- Not unique: a UPN shared by two records is evidence for a match (docs/rules/identifiers.md), found and warned of.
create index child_upn_idx on child (upn) where upn is not null;
create index child_dob_idx on child (date_of_birth);

create table child_former_upn (
    child_id uuid     not null references child (id) on delete cascade,
    position smallint not null,
    upn      char(13) not null,
    primary key (child_id, position)
);
create index child_former_upn_idx on child_former_upn (upn);

create table child_former_name (
    child_id   uuid     not null references child (id) on delete cascade,
    position   smallint not null,
    forename   text     not null,
    surname    text     not null,
    used_until date,
    primary key (child_id, position)
);

create table child_address (
    child_id  uuid     not null references child (id) on delete cascade,
    position  smallint not null,
    line1     text     not null,
    line2     text,
    town      text,
    postcode  text,
    starts_on date,
    ends_on   date,
    primary key (child_id, position),
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index child_address_postcode_idx on child_address (replace(upper(postcode), ' ', ''));

create table child_carer (
    child_id                uuid     not null references child (id) on delete cascade,
    position                smallint not null,
    name                    text     not null,
    relationship            text     not null,
    parental_responsibility boolean  not null,
    telephone               text,
    email                   text,
    address                 text,
    primary key (child_id, position)
);

create table child_characteristic (
    child_id  uuid     not null references child (id) on delete cascade,
    position  smallint not null,
    type      text     not null,
    detail    text,
    starts_on date,
    ends_on   date,
    primary key (child_id, position),
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index child_characteristic_type_idx on child_characteristic (type, child_id);

-- Every name a child is or was known by, standardised for tolerant search.
create table child_search_name (
    child_id      uuid     not null references child (id) on delete cascade,
    position      smallint not null,
    forename      text     not null,
    surname       text     not null,
    forename_code text     not null,
    surname_code  text     not null,
    primary key (child_id, position)
);
create index child_search_name_surname_trgm on child_search_name using gin (surname gin_trgm_ops);
create index child_search_name_forename_trgm on child_search_name using gin (forename gin_trgm_ops);
create index child_search_name_surname_code on child_search_name (surname_code);
create index child_search_name_forename_code on child_search_name (forename_code);

-- Which organisations may see a child, and for which period; fed by the modules that
-- connect a child to an organisation (a registration at a school, later a referral or placement).
create table child_connection (
    id              uuid not null primary key,
    child_id        uuid not null references child (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    source          text not null check (source in ('REGISTRATION', 'REFERRAL', 'PLACEMENT')),
    starts_on       date not null,
    ends_on         date
);
create index child_connection_org_idx on child_connection (organisation_id, child_id);
create index child_connection_child_idx on child_connection (child_id);
