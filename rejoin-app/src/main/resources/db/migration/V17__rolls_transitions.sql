-- Year 6 to 7 transition: each child referred once per academic year for having no
-- secondary registration by the start of the autumn term.
create table transition_referral (
    child_id      uuid    not null references child (id),
    academic_year integer not null,
    referred_on   date    not null,
    primary key (child_id, academic_year)
);
