-- The throttle keeps a keyed hash of the login typed (auth/throttle.ts keyOf), never the text: a person who types
-- a password into the login box must not leave it in these tables. The rows kept as text cannot be turned into
-- keys here (the key is the application's), so they go: the counts restart once, at this upgrade.
delete from login_failures;
delete from login_attempts;
alter table login_failures rename column login to login_key;
alter table login_attempts rename column login to login_key;
alter index login_failures_login_idx rename to login_failures_login_key_idx;
