-- Reviewed translations of text claims (issue 18): what readers see of a text in the languages
-- its source did not write it in, and the translations waiting for review on a published text.
-- The audit table keeps both, so that the register read at a past revision prints the
-- translations readers saw then.

alter table claim add column tr_en varchar(2000);
alter table claim add column tr_ru varchar(2000);
alter table claim add column tr_zh varchar(2000);
alter table claim add column proposed_tr_en varchar(2000);
alter table claim add column proposed_tr_ru varchar(2000);
alter table claim add column proposed_tr_zh varchar(2000);

alter table claim_aud add column tr_en varchar(2000);
alter table claim_aud add column tr_ru varchar(2000);
alter table claim_aud add column tr_zh varchar(2000);
alter table claim_aud add column proposed_tr_en varchar(2000);
alter table claim_aud add column proposed_tr_ru varchar(2000);
alter table claim_aud add column proposed_tr_zh varchar(2000);
