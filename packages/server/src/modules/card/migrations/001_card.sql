-- The member card (电子会员卡, ADR 52): the key pair its QR codes are signed with, made on first use. The private
-- key never leaves the server; pages check signatures offline with the public one.
create table card_key (
  id smallint primary key check (id = 1),
  private_pkcs8 text not null,
  public_jwk jsonb not null,
  created_at timestamptz not null default now()
);

-- A member's card photo, as uploaded (JPEG or PNG, metadata segments removed), one per person.
create table card_photos (
  person_id bigint primary key references persons(id),
  federation_id bigint not null,
  mime text not null check (mime in ('image/jpeg', 'image/png')),
  bytes bytea not null,
  updated_at timestamptz not null default now()
);
