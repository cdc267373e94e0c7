-- Reading the register as it stood at a revision (briefs as of a past day) asks, for every audited
-- row, for the newest revision of that row at or before it: Envers' query per table is
-- "rev = (select max(rev) ... where id = this id and rev <= N)". The primary keys start with the
-- revision, so without these indexes each of those lookups scanned the whole audit table (58,431
-- claims: billions of comparisons). With them, reading the register at a revision is one indexed
-- query per table. Runs unchanged on H2 and PostgreSQL.
create index entry_aud_by_id on entry_aud (id, rev);
create index source_aud_by_id on source_aud (id, rev);
create index claim_aud_by_id on claim_aud (id, rev);
create index citation_aud_by_id on citation_aud (id, rev);
create index claim_derivation_aud_by_link on claim_derivation_aud (claim_id, derived_from_id, rev);
