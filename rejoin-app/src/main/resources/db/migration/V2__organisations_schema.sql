-- Organisations: the local authority running Rejoin, establishments (GIAS), agencies and other LAs.
create table organisation (
    id          uuid        primary key,
    kind        text        not null check (kind in ('LOCAL_AUTHORITY', 'ESTABLISHMENT', 'AGENCY')),
    name        text        not null,
    la_code     char(3)     check (la_code ~ '^[0-9]{3}$'),
    agency_type text        check (agency_type in ('HEALTH', 'POLICE', 'HOUSING', 'SOCIAL_CARE', 'YOUTH_JUSTICE', 'OTHER_LA', 'OTHER')),
    email       text,
    telephone   text,
    version     bigint      not null default 0,
    check ((kind = 'AGENCY') = (agency_type is not null)),
    check (kind <> 'LOCAL_AUTHORITY' or la_code is not null)
);
-- Exactly one local authority runs this instance of Rejoin.
create unique index organisation_one_local_authority on organisation ((kind)) where kind = 'LOCAL_AUTHORITY';
create index organisation_name_idx on organisation (lower(name));

-- Establishment details from Get Information About Schools (GIAS) "establishment fields".
create table establishment (
    organisation_id      uuid     primary key references organisation (id),
    urn                  integer  not null unique check (urn between 100000 and 999999),
    la_code              char(3)  not null check (la_code ~ '^[0-9]{3}$'),
    establishment_number char(4)  check (establishment_number ~ '^[0-9]{4}$'),
    type_code            smallint not null,
    type_name            text     not null,
    phase_code           smallint,
    phase_name           text,
    status_code          smallint not null check (status_code between 1 and 4),
    status_name          text     not null,
    statutory_low_age    smallint,
    statutory_high_age   smallint,
    street               text,
    locality             text,
    address3             text,
    town                 text,
    county               text,
    postcode             text,
    opened_on            date,
    closed_on            date
);
create index establishment_la_code_idx on establishment (la_code);
create index establishment_laestab_idx on establishment (la_code, establishment_number);
