-- Merging two records of one child: the merged record stays, pointing at the one kept, and the
-- merge can be undone. Nothing of either record is deleted.
alter table child add column merged_into uuid references child (id);
create index child_merged_into_idx on child (merged_into) where merged_into is not null;

create table child_merge (
    id          uuid        primary key,
    survivor_id uuid        not null references child (id),
    merged_id   uuid        not null references child (id),
    review_id   uuid        references match_review (id),
    merged_at   timestamptz not null,
    merged_by   text        not null,
    reason      text        not null check (length(trim(reason)) > 0),
    undone_at   timestamptz,
    undone_by   text,
    check (survivor_id <> merged_id)
);
create index child_merge_survivor_idx on child_merge (survivor_id);
create index child_merge_merged_idx on child_merge (merged_id);
