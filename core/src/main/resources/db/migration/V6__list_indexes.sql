-- The admin lists at 100,000 entries (docs/measurements.md): a type's first page in name order
-- reads the index instead of sorting the type, and the sector, country and stage filters find an
-- entry's claims of one property without scanning them all. Runs unchanged on H2 and PostgreSQL.
create index entry_by_type_and_name on entry (entry_type, name_en, entry_key);
create index claim_by_entry_and_property on claim (entry_id, property);
