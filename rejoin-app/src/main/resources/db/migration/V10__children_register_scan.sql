-- Register-wide duplicate scans: one at a time, with their progress, feeding the match review queue.
create table register_scan (
    id          uuid        primary key,
    started_at  timestamptz not null,
    started_by  text        not null,
    status      text        not null check (status in ('LOADING', 'COMPARING', 'QUEUEING', 'DONE', 'FAILED')),
    records     integer     not null default 0,
    compared    bigint      not null default 0,
    found       integer     not null default 0,
    raised      integer     not null default 0,
    finished_at timestamptz,
    failure     text
);
-- At most one scan runs at a time.
create unique index register_scan_one_running on register_scan ((true)) where status in ('LOADING', 'COMPARING', 'QUEUEING');
