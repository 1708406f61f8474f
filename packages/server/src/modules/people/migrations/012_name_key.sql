-- A name compared as a clerk reads it (shared/text.ts nameKey, step for step): NFKC, dashes as '-', and no white
-- space at all (U+3000 included), so that 欧阳 明 — stored as the clerk typed it — is found by 欧阳明 and 欧阳明 by
-- 欧阳 明. The member search and the registers' look-ups by name compare these keys; the names stay as typed.
create function person_name_key(name text) returns text language sql immutable parallel safe as $$
  select translate(normalize(name, NFKC),
    E'\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d'
      || E'\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
    '----------')
$$;

-- A name's beginning (and a whole name, for the registers) by its key, in key order; replaces the index on the
-- name as typed, which nothing reads any more.
create index persons_name_key_id_idx on persons (person_name_key(name) text_pattern_ops, id);
drop index persons_name_id_idx;

-- A name's endings are those of its key (欧阳 明: 阳明, 明). The triggers of people 011 call this function, so new
-- and changed names follow; the names already stored that the key changes get their endings again.
create or replace function person_name_parts_of(name text) returns setof text language sql immutable as $$
  select substr(k, i) from (select person_name_key(name) k) n cross join generate_series(2, char_length(n.k)) i
$$;

delete from person_name_parts x using persons p where x.person_id = p.id and person_name_key(p.name) <> p.name;
insert into person_name_parts (part, person_id, federation_id)
  select x.part, p.id, p.federation_id from persons p cross join lateral person_name_parts_of(p.name) x(part)
   where person_name_key(p.name) <> p.name;
