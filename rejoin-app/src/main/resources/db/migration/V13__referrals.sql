-- The CME intake queue (docs/rules/cme.md, receiving a referral): what a referrer knew of a child, however
-- little, and the officer's triage. A referral is linked to a child in the register by a person,
-- never automatically, and is never deleted.
create sequence referral_number;

create table referral (
    id                     uuid        primary key,
    reference              text        not null unique,
    received_on            date        not null,
    received_at            timestamptz not null,
    route                  text        not null check (route in ('ONLINE_FORM', 'LA_RECORDED', 'API', 'EVENT')),
    source                 text        not null,
    referrer_organisation  uuid        references organisation (id),
    referrer_user          uuid        references app_user (id),
    referrer_name          text        not null,
    referrer_contact       text,
    forename               text,
    middle_names           text,
    surname                text,
    date_of_birth          date,
    approximate_age        smallint    check (approximate_age between 0 and 25),
    sex                    text,
    upn                    text,
    address                text,
    postcode               text,
    reason                 text        not null,
    details                text,
    risk_indicators        text[]      not null default '{}',
    safeguarding_statuses  text[]      not null default '{}',
    safeguarding_concern   boolean     not null default false,
    escalated              boolean     not null default false,
    child_id               uuid        references child (id),
    decision               text        check (decision in ('MISSING_EDUCATION', 'AT_RISK', 'KNOWN_IN_PROVISION', 'OTHER_LA')),
    decision_reason        text,
    other_la               text,
    transferred_on         date,
    decided_at             timestamptz,
    decided_by             text,
    version                bigint      not null default 0,
    check (coalesce(forename, surname) is not null),
    check ((decision is null) = (decided_at is null)),
    check (decision <> 'OTHER_LA' or (other_la is not null and transferred_on is not null)),
    check (decision not in ('MISSING_EDUCATION', 'AT_RISK') or child_id is not null)
);
create index referral_open_idx on referral (escalated desc, received_at) where decision is null;
create index referral_organisation_idx on referral (referrer_organisation, received_at desc);
create index referral_child_idx on referral (child_id);
