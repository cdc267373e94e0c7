-- Search (issue 17) matches typed text anywhere in names, keys, claim texts, citation excerpts and
-- source titles (lower(x) like '%text%'). On PostgreSQL, trigram indexes answer such a pattern without
-- reading every row. pg_trgm ships with PostgreSQL's contrib and is a trusted extension, so a
-- database owner may create it; where it cannot be created, search still works, by scanning.
do $$
begin
  create extension if not exists pg_trgm;
exception when others then
  raise notice 'pg_trgm is not available (%); search will scan instead of using trigram indexes', sqlerrm;
end
$$;

do $$
begin
  if exists (select 1 from pg_extension where extname = 'pg_trgm') then
    execute 'create index entry_name_en_trgm on entry using gin (lower(name_en) gin_trgm_ops)';
    execute 'create index entry_name_ru_trgm on entry using gin (lower(name_ru) gin_trgm_ops)';
    execute 'create index entry_name_zh_trgm on entry using gin (lower(name_zh) gin_trgm_ops)';
    execute 'create index entry_key_trgm on entry using gin (lower(entry_key) gin_trgm_ops)';
    execute 'create index claim_text_trgm on claim using gin (lower(val_text) gin_trgm_ops)';
    execute 'create index citation_excerpt_trgm on citation using gin (lower(excerpt) gin_trgm_ops)';
    execute 'create index source_title_trgm on source using gin (lower(title) gin_trgm_ops)';
  end if;
end
$$;
