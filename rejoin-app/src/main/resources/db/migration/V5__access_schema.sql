-- Users, their roles and API tokens. Each user belongs to exactly one organisation.
create table app_user (
    id                   uuid        primary key,
    username             text        not null,
    display_name         text        not null,
    email                text        not null,
    organisation_id      uuid        not null references organisation (id),
    password_hash        text        not null,
    enabled              boolean     not null default true,
    failed_sign_ins      integer     not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz not null,
    password_changed_at  timestamptz not null,
    version              bigint      not null default 0
);
create unique index app_user_username_idx on app_user (lower(username));

create table app_user_role (
    user_id uuid not null references app_user (id) on delete cascade,
    role    text not null check (role in ('LA_ADMIN', 'LA_MANAGER', 'CME_OFFICER', 'KEY_WORKER',
                                          'SCHOOL_USER', 'PROVIDER_USER', 'AGENCY_USER')),
    primary key (user_id, role)
);

-- Tokens for system-to-system calls. Only a SHA-256 hash of the secret is kept; the secret
-- is shown once when the token is created. A token acts with its user's roles and organisation.
create table api_token (
    id           uuid        primary key,
    user_id      uuid        not null references app_user (id),
    name         text        not null,
    token_prefix text        not null,
    token_hash   char(64)    not null unique,
    created_at   timestamptz not null,
    created_by   uuid        not null references app_user (id),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
