-- The LA's request for new-pupil returns for pupils placed in a school's most junior class who start
-- on the first day of the school year (School Attendance (Pupil Registration) (England) Regulations
-- 2024, reg 13(2)-(3); docs/rules/rolls.md). One row at most: no row, no request. Names entered after
-- the day of the request are owed a return.
create table junior_returns_request (
    id           boolean primary key default true check (id),
    requested_on date not null,
    changed_at   timestamptz not null,
    changed_by   text not null
);
