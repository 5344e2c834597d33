-- A school's whole roll as its MIS holds it, reconciled against the roll Rejoin holds:
-- pupils Rejoin does not have, pupils who vanished without a deletion return, and changed details,
-- each kept for someone to act on.
create table roll_snapshot (
    id               uuid        primary key,
    establishment_id uuid        not null references organisation (id),
    uploaded_at      timestamptz not null,
    uploaded_by      text        not null,
    pupils           integer     not null,
    matched          integer     not null
);
create index roll_snapshot_establishment_idx on roll_snapshot (establishment_id, uploaded_at desc);

create table roll_snapshot_item (
    snapshot_id uuid    not null references roll_snapshot (id),
    position    integer not null,
    kind        text    not null check (kind in ('NEW', 'MISSING', 'CHANGED')),
    child_id    uuid    references child (id),
    name        text    not null,
    detail      text    not null,
    primary key (snapshot_id, position)
);
