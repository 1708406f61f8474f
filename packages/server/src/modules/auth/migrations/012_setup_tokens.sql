-- A set-up token per starting process: every server process that starts on a database without an account prints a
-- token of its own, and each of them opens /setup until the first administrator exists (then all are deleted).
-- With one row, the last process to start replaced the token the others had printed: the operator of two
-- processes reading the first one's console was refused.
alter table setup_token drop constraint setup_token_pkey;
alter table setup_token drop constraint setup_token_id_check;
alter table setup_token drop column id;
alter table setup_token add primary key (token_hash);
