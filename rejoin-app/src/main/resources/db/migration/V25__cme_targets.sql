-- The LA's CME targets in school days (docs/rules/cme.md): local policy, not statute, changed by the
-- LA's managers on the CME targets page. One row at most: without it the configured defaults
-- (rejoin.cme.*) apply. A change applies to deadlines set from then on; those already set stay.
create table cme_targets (
    id                          boolean primary key default true check (id),
    missing_threshold           integer not null check (missing_threshold between 1 and 100),
    locate_within               integer not null check (locate_within between 1 and 100),
    provision_determined_within integer not null check (provision_determined_within between 1 and 100),
    in_provision_within         integer not null check (in_provision_within between 1 and 100),
    changed_at                  timestamptz not null,
    changed_by                  text not null,
    version                     bigint not null default 0
);
