-- Sign-in proofs of work (auth/throttle.ts, ADR 38): the key that signs challenges, made once and shared by
-- every instance, and the challenges already used, each kept until it expires so it is accepted only once.
create table login_challenge_key (
  id integer primary key check (id = 1),
  secret text not null
);

create table login_challenge_uses (
  nonce text primary key,
  expires_at timestamptz not null
);
