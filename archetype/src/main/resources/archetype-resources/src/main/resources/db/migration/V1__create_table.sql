#parse( "/archetype-resources/names.vm" )
-- The ${labels} as the ${resource} entity maps them; Hibernate checks at start that the two still match.
-- Add a V2__....sql for every later change: Flyway never runs a migration twice, and never edits one that ran.

-- Identifiers come from the sequence in blocks of 50, Hibernate's default allocation.
create sequence ${table}_seq start with 1 increment by 50;

create table ${table} (
    id         bigint                      not null,
    code       varchar(32)                 not null,
    name       varchar(120)                not null,
    price      numeric(12, 2)              not null,
    status     varchar(16)                 not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version    bigint                      not null,
    constraint ${table}_pkey primary key (id),
    constraint ${table}_code_key unique (code),
    constraint ${table}_status_check check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED'))
);
