-- School calendar: bank holidays, the LA's term dates, establishments' INSET days.
create table bank_holiday (
    holiday_date date primary key,
    name         text not null
);

-- The LA's term dates, as the six half terms of each academic year (school is open from
-- starts_on to ends_on inclusive, weekends and bank holidays aside).
create table term_period (
    academic_year smallint not null check (academic_year between 2000 and 2100),
    half_term     text     not null check (half_term in ('AUTUMN_1', 'AUTUMN_2', 'SPRING_1', 'SPRING_2', 'SUMMER_1', 'SUMMER_2')),
    starts_on     date     not null,
    ends_on       date     not null,
    primary key (academic_year, half_term),
    check (ends_on >= starts_on)
);

-- INSET (training) days: term-time days on which one establishment is closed to pupils.
create table inset_day (
    establishment_id uuid not null,
    inset_date       date not null,
    primary key (establishment_id, inset_date)
);
