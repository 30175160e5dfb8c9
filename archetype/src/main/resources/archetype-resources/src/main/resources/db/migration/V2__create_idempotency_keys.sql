-- The first response to each Idempotency-Key, replayed to retries until the key expires (uniform-runtime's
-- IdempotentOperations writes and reads it; expired keys are deleted a batch at a time as new ones arrive).
create table idempotency_keys (
    operation       varchar(64)                 not null,
    idempotency_key varchar(255)                not null,
    request_hash    char(64)                    not null,
    response        text,
    expires_at      timestamp(6) with time zone not null,
    constraint idempotency_keys_pkey primary key (operation, idempotency_key)
);

create index idempotency_keys_expires_at_idx on idempotency_keys (expires_at);
