-- The match review queue: pairs of records the matching engine put in the review band, for a
-- person to decide. A decision is kept for good: it is a labelled pair for measuring the engine.
create table match_review (
    id                 uuid             primary key,
    child_id           uuid             not null references child (id),
    candidate_id       uuid             not null references child (id),
    match_weight       double precision not null,
    probability        double precision not null,
    explanation        jsonb            not null,
    source             text             not null check (source in ('CREATE', 'SCAN')),
    raised_at          timestamptz      not null,
    raised_by          text             not null,
    decision           text             check (decision in ('SAME_CHILD', 'DIFFERENT_CHILDREN')),
    decided_at         timestamptz,
    decided_by_user_id uuid,
    decided_by         text,
    reason             text,
    check (child_id <> candidate_id),
    check ((decision is null) = (decided_at is null)),
    check (decision is null or length(trim(reason)) > 0)
);
-- A pair is open at most once, whichever way round it was raised.
create unique index match_review_open_pair on match_review
    (least(child_id, candidate_id), greatest(child_id, candidate_id)) where decision is null;
create index match_review_open_idx on match_review (raised_at) where decision is null;
