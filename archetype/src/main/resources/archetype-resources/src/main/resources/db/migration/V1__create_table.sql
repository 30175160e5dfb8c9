#parse( "/archetype-resources/names.vm" )
-- The ${labels} as the ${resource} entity maps them; Hibernate checks at start that the two still match. The database
-- holds every constraint of the API as well, so that no other writer can store what the API would refuse.
-- Add a migration of the next version for every later change: Flyway never runs one twice, nor edits one that ran.

-- Identifiers come from the sequence in blocks of 50, Hibernate's default allocation.
create sequence ${table}_seq start with 1 increment by 50;

create table ${table} (
    id bigint not null,
#foreach( $field in $fieldList )
    ${field.column} ${field.sqlType}#if( $field.required ) not null#end,
#end
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
#foreach( $field in $uniqueFields )
    constraint ${table}_${field.column}_key unique (${field.column}),
#end
#foreach( $field in $fieldList )
#if( $field.type == "enum" )
#set( $quoted = "" )
#foreach( $constant in $field.constants )#set( $quoted = "${quoted}'${constant}'" )#if( $foreach.hasNext )#set( $quoted = "${quoted}, " )#end#end
    constraint ${table}_${field.column}_check check (${field.column} in (${quoted})),
#elseif( $field.kind == "number" && $field.min != "" && $field.max != "" )
    constraint ${table}_${field.column}_check check (${field.column} between ${field.min} and ${field.max}),
#elseif( $field.kind == "number" && $field.min != "" )
    constraint ${table}_${field.column}_check check (${field.column} >= ${field.min}),
#elseif( $field.kind == "number" && $field.max != "" )
    constraint ${table}_${field.column}_check check (${field.column} <= ${field.max}),
#elseif( $field.kind == "text" && $field.type == "Text" && $field.max != "" && $field.min != "" )
    constraint ${table}_${field.column}_check check (char_length(${field.column}) between ${field.min} and ${field.max}),
#elseif( $field.kind == "text" && $field.type == "Text" && $field.max != "" )
    constraint ${table}_${field.column}_check check (char_length(${field.column}) <= ${field.max}),
#elseif( $field.kind == "text" && $field.min != "" )
    constraint ${table}_${field.column}_check check (char_length(${field.column}) >= ${field.min}),
#end
#end
#foreach( $field in $referenceFields )
    constraint ${table}_${field.column}_fkey foreign key (${field.column}) references ${field.refTable} (id),
#end
    constraint ${table}_pkey primary key (id)
);
#foreach( $field in $referenceFields )

-- Listings filter by ${field.name}, and a delete of ${field.refLabel} looks here for rows that still refer to it.
create index ${table}_${field.column}_idx on ${table} (${field.column}, id);
#end

-- Each sort reads its pages from an index on its field and the identifier that breaks ties, at any depth and by
-- cursor (a unique field's constraint serves it already); btree keys stay small enough for any value the column holds.
#foreach( $field in $indexedSorts )
create index ${table}_${field.column}_idx on ${table} (${field.column}, id);
#end
create index ${table}_created_at_idx on ${table} (created_at, id);
create index ${table}_updated_at_idx on ${table} (updated_at, id);
#if( !$textFields.isEmpty() )

-- Contains filters (lower(...) like '%text%') find their rows through trigram indexes; pg_trgm ships with PostgreSQL
-- and is a trusted extension: the migration's user needs only CREATE on the database.
create extension if not exists pg_trgm;
#foreach( $field in $textFields )
create index ${table}_${field.column}_trgm_idx on ${table} using gin (lower(${field.column}) gin_trgm_ops);
#end
#end
