-- Curation: claims get a review status of their own, so that a published entry keeps what readers
-- see while editors draft changes to it; entries record who changed them and where their changes
-- are in review. Runs unchanged on H2 and PostgreSQL.

alter table claim add column status varchar(10) default 'DRAFT' not null;
alter table claim add column retraction_proposed boolean default false not null;
alter table claim add column replaces_id bigint;
alter table claim add constraint claim_replaces foreign key (replaces_id) references claim (id);
-- Claims of entries that were published (or published, then archived) were public: they stay so.
update claim set status = 'PUBLISHED'
  where entry_id in (select id from entry where status in ('PUBLISHED', 'ARCHIVED'));
create index claim_by_status on claim (status);

-- The history: every claim seen at a past revision was part of its entry as it was then, so past
-- briefs read the same as before this migration.
alter table claim_aud add column status varchar(10);
alter table claim_aud add column retraction_proposed boolean;
alter table claim_aud add column replaces_id bigint;
update claim_aud set status = 'PUBLISHED', retraction_proposed = false;

alter table entry add column change_status varchar(10) default 'NONE' not null;
alter table entry add column proposed_name_en varchar(255);
alter table entry add column proposed_name_ru varchar(255);
alter table entry add column proposed_name_zh varchar(255);
alter table entry add column proposed_attributes varchar(400);
alter table entry add column contributors varchar(1000);
alter table entry add column last_changed_by varchar(100);
alter table entry add column last_changed_at timestamp with time zone;
alter table entry add column last_change varchar(300);
alter table entry add column submitted_by varchar(100);
alter table entry add column submitted_at timestamp with time zone;
alter table entry add column review_comment varchar(2000);
alter table entry add column reviewed_by varchar(100);
alter table entry add column approved_by varchar(100);
alter table entry add column approved_at timestamp with time zone;
create index entry_by_status on entry (status, change_status);
