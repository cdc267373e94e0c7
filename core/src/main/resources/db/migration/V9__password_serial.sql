-- How many times each user's password was changed or reset: a session remembers the serial it
-- signed in with, and a change ends every other session of that user. Existing hashes stay as they
-- are (their iteration count is part of the hash; sign-in re-hashes those made with fewer).
alter table app_user add column password_serial bigint default 0 not null;
