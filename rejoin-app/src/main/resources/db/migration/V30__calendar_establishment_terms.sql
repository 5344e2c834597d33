-- Academies, free schools and other schools that set their own term dates (docs/rules/school-days.md):
-- a year entered here replaces the LA's term dates for that school; a year not entered uses the LA's.
create table establishment_term_period (
    establishment_id uuid     not null references organisation (id),
    academic_year    smallint not null check (academic_year between 2000 and 2100),
    half_term        text     not null check (half_term in ('AUTUMN_1', 'AUTUMN_2', 'SPRING_1', 'SPRING_2', 'SUMMER_1', 'SUMMER_2')),
    starts_on        date     not null,
    ends_on          date     not null,
    primary key (establishment_id, academic_year, half_term),
    check (ends_on >= starts_on)
);
