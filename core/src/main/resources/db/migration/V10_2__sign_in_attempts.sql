-- Wrong passwords counted for the sign-in lockout (web.security.LoginThrottle), in the database so
-- that every server of a cluster counts the same guesses and a restart forgets none. One row per
-- key (a client address, or an address with a user name); times are epoch milliseconds, the same
-- on H2 and PostgreSQL. A row is forgotten an hour after its last failure.
create table sign_in_attempt (
    attempt_key     varchar(300) primary key,
    failures        integer not null,
    locks           integer not null,
    locked_until_ms bigint,
    since_ms        bigint not null,
    last_failure_ms bigint not null
);
create index sign_in_attempt_last_failure on sign_in_attempt (last_failure_ms);
