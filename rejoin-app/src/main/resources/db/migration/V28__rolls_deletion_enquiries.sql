-- Deletions under reg 9(1)(h) and (i) rest on joint enquiries by the school and the LA, and on an
-- absence the register shows (docs/rules/rolls.md). The school's part and the LA's part are kept
-- apart; a deletion waits, pending the LA, until the LA's part is recorded.
alter table roll_return rename column joint_enquiries to school_enquiries;
alter table roll_return rename column joint_enquiries_on to school_enquiries_on;

alter table roll_return
    add column status text not null default 'ACCEPTED' check (status in ('ACCEPTED', 'PENDING_LA', 'NOT_ACCEPTED')),
    -- The date the school gave; effective_on becomes the day the name left the roll once the LA accepts.
    add column proposed_on date,
    add column absent_from date,
    add column leave_from date,
    add column leave_to date,
    add column marks_verified boolean,
    add column evidence text,
    add column la_enquiries text,
    add column la_enquiries_on date,
    add column la_outcome text check (la_outcome in ('NOT_LOCATED', 'LOCATED')),
    add column la_recorded_at timestamptz,
    add column la_recorded_by text,
    add constraint roll_return_pending_is_a_deletion check (status = 'ACCEPTED' or kind = 'DELETION'),
    add constraint roll_return_la_part_whole check ((la_outcome is null) = (la_enquiries_on is null)
        and (la_outcome is null) = (la_enquiries is null));

-- One deletion in force or waiting per registration; one the LA did not accept leaves room for another.
drop index roll_return_one_deletion;
create unique index roll_return_one_deletion on roll_return (registration_id)
    where kind = 'DELETION' and status <> 'NOT_ACCEPTED';
create index roll_return_pending_idx on roll_return (reported_on) where status = 'PENDING_LA';
