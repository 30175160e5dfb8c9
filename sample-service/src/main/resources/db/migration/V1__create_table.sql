-- The products as the Product entity maps them; Hibernate checks at start that the two still match. The database
-- holds every constraint of the API as well, so that no other writer can store what the API would refuse.
-- Add a migration of the next version for every later change: Flyway never runs one twice, nor edits one that ran.

-- Identifiers come from the sequence in blocks of 50, Hibernate's default allocation.
create sequence products_seq start with 1 increment by 50;

create table products (
    id bigint not null,
    code varchar(32) not null,
    name varchar(120) not null,
    price numeric(12, 2) not null,
    status varchar(8) not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    constraint products_code_key unique (code),
    constraint products_price_check check (price >= 0),
    constraint products_status_check check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    constraint products_pkey primary key (id)
);

-- Each sort reads its pages from an index on its field and the identifier that breaks ties, at any depth and by
-- cursor (a unique field's constraint serves it already); btree keys stay small enough for any value the column holds.
create index products_name_idx on products (name, id);
create index products_price_idx on products (price, id);
create index products_status_idx on products (status, id);
create index products_created_at_idx on products (created_at, id);
create index products_updated_at_idx on products (updated_at, id);

-- Contains filters (lower(...) like '%text%') find their rows through trigram indexes; pg_trgm ships with PostgreSQL
-- and is a trusted extension: the migration's user needs only CREATE on the database.
create extension if not exists pg_trgm;
create index products_code_trgm_idx on products using gin (lower(code) gin_trgm_ops);
create index products_name_trgm_idx on products using gin (lower(name) gin_trgm_ops);
