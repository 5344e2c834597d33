-- A Common Transfer File's lateness is counted in the school's school days (Pupil Information
-- Regulations 2005; docs/rules/rolls.md): when the term dates of the leaving year are not known it
-- cannot be told, and is recorded as unknown (null), never guessed as on time.
alter table ctf_export_pupil alter column late drop not null;
