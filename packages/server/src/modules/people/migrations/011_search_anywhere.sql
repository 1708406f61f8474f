-- The member search as a clerk searches (bench:members): part of a name wherever it stands (小红 finds 赵小红),
-- a phone by its last digits, an ID number by its last four or six.
--
-- Part of a name. A trigram index (pg_trgm) cannot serve it: most Chinese names have two or three characters and a
-- clerk types one or two, which hold no whole trigram. Instead each name's endings after its first character
-- (赵小红: 小红, 红) are kept apart with their person; a text inside a name is the beginning of one of its endings,
-- found as a name's beginning is (a range on a text_pattern_ops index, read in order, the page and the count
-- stopping early). A name's beginning stays with persons_name_id_idx. The endings follow the names by trigger: a
-- whole statement's new, changed or removed persons at once (an import inserts a million).
create table person_name_parts (
  part text not null,
  person_id bigint not null,
  -- the person's federation (the distribution column, docs/scaling.md), written with the parts
  federation_id bigint not null
);
create index person_name_parts_idx on person_name_parts (part text_pattern_ops, person_id);
create index person_name_parts_person_idx on person_name_parts (person_id);

create function person_name_parts_of(name text) returns setof text language sql immutable as $$
  select substr(name, k) from generate_series(2, char_length(name)) k
$$;

insert into person_name_parts (part, person_id, federation_id)
  select x.part, p.id, p.federation_id from persons p cross join lateral person_name_parts_of(p.name) x(part);

create function persons_name_parts_insert() returns trigger language plpgsql as $$
begin
  insert into person_name_parts (part, person_id, federation_id)
    select x.part, n.id, n.federation_id from new_persons n cross join lateral person_name_parts_of(n.name) x(part);
  return null;
end $$;
create trigger persons_name_parts_insert after insert on persons
  referencing new table as new_persons for each statement execute function persons_name_parts_insert();

-- a name changed, or the home federation set (an import's persons get theirs when their memberships come): the
-- statement's changed persons at once
create function persons_name_parts_update() returns trigger language plpgsql as $$
begin
  delete from person_name_parts x using old_persons o join new_persons n on n.id = o.id
   where x.person_id = n.id and (o.name is distinct from n.name or o.federation_id is distinct from n.federation_id);
  insert into person_name_parts (part, person_id, federation_id)
    select x.part, n.id, n.federation_id
      from old_persons o join new_persons n on n.id = o.id cross join lateral person_name_parts_of(n.name) x(part)
     where o.name is distinct from n.name or o.federation_id is distinct from n.federation_id;
  return null;
end $$;
create trigger persons_name_parts_update after update on persons
  referencing old table as old_persons new table as new_persons for each statement
  execute function persons_name_parts_update();

create function persons_name_parts_delete() returns trigger language plpgsql as $$
begin
  delete from person_name_parts where person_id in (select o.id from old_persons o);
  return null;
end $$;
create trigger persons_name_parts_delete after delete on persons
  referencing old table as old_persons for each statement execute function persons_name_parts_delete();

-- A phone by its last four or more digits: the number reversed, so that its end is a beginning (a range).
create index persons_phone_end_idx on persons (reverse(phone) text_pattern_ops);
