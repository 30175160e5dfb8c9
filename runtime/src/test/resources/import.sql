-- The table IdempotentOperations needs, as a service's migration creates it (the archetype's V2__create_idempotency_keys.sql); Hibernate runs this after creating the test entities' tables.
create table if not exists idempotency_keys (operation varchar(64) not null, idempotency_key varchar(255) not null, request_hash char(64) not null, response text, expires_at timestamp(6) with time zone not null, constraint idempotency_keys_pkey primary key (operation, idempotency_key));
create index if not exists idempotency_keys_expires_at_idx on idempotency_keys (expires_at);
-- Rows that refer to gadgets through a foreign key, named as a service's migration names it, for the reference tests.
create table if not exists gadget_parts (id bigserial not null, gadget_id bigint not null, constraint gadget_parts_pkey primary key (id), constraint gadget_parts_gadget_id_fkey foreign key (gadget_id) references Gadget (id));
-- Widgets refer to gadgets through a foreign key named as a service's migration names it (ResourceStoreTests).
alter table widgets add constraint widgets_maker_id_fkey foreign key (maker_id) references gadget (id);
