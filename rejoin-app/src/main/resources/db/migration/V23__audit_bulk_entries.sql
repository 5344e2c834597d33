-- ADR 16: a bulk action (a day's attendance marks for every pupil in the LA, a bulk load) is one entry naming
-- every child it touched, not one entry per child. A B-tree entry per child per day, at random places in an
-- index that grows all year, made the audit the slowest part of a daily load (6 s of it by the end of a term);
-- a GIN index on the array takes the same children sorted and packed, in under a second.
alter table audit_event add column child_ids uuid[];
alter table audit_event add constraint audit_event_one_or_many check (child_id is null or child_ids is null);
create index audit_event_children_idx on audit_event using gin (child_ids) where child_ids is not null;
