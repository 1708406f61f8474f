-- A member's bank account and 京卡 numbers, for the payment files the bank and the 京卡 office are sent. Like the ID
-- number, each is stored only encrypted (…_cipher) and shown masked (…_masked); its keyed hash (…_hash) lets an
-- import know an unchanged number without decrypting. Never unique: a family may share an account.
alter table persons add column bank_account_cipher text;
alter table persons add column bank_account_masked text;
alter table persons add column bank_account_hash text;
alter table persons add column jingka_cipher text;
alter table persons add column jingka_masked text;
alter table persons add column jingka_hash text;
