-- The published revision: what readers see moves only when someone publishes (approves, prefers,
-- archives, restores, imports, approves a source change), never when an editor saves a draft.
-- A publishing act locks the counter's one row, takes the next number and records it with the
-- audit revision of its own transaction, so that publication numbers follow the commit order and
-- each names the audit revision at which the published register can be read back.
-- Runs unchanged on H2 and PostgreSQL.
create table publication_counter (
    id             integer primary key,
    current_number bigint  not null
);

create table publication (
    pub_number     bigint       primary key,
    audit_revision bigint       not null references revision (id),
    published_at   bigint       not null,
    what           varchar(300) not null
);
create index publication_by_time on publication (published_at);

-- Before this migration every revision could change what readers saw: each becomes a publication,
-- with the same number, so editions and briefs of past days keep their ids and their content.
insert into publication (pub_number, audit_revision, published_at, what)
    select id, id, revised_at, 'recorded before publications were counted' from revision;
insert into publication_counter (id, current_number)
    select 1, coalesce(max(id), 0) from revision;
