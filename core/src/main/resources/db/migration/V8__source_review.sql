-- Sources go through review like entries: an edit to a source that published claims cite waits
-- here, as the source form's fields, until a reviewer approves it; readers keep the approved
-- version meanwhile. Not audited: the history records a source as approved. H2 and PostgreSQL.
alter table source add column proposed_change varchar(3000);
alter table source add column proposed_by varchar(100);
alter table source add column proposed_at timestamp with time zone;
create index source_with_proposal on source (proposed_by);
