-- A holder's sets merged in place (issue 42, ADR 141). Migrations 003 and 007 merged a holder's row with a
-- statement's deltas by SQL functions that took both objects apart into rows, summed them, and aggregated a new
-- object (for every dim, then again for the dims): a query planned and run per call. A file of 20,000 payments to
-- people already counted that year called them 8,200 and 25,346 times: ≈ 4 of the statement's 5 seconds.
-- Now each walks the deltas (`b`) only and sets or removes their keys in the held object (`a`), which is as stored —
-- no dim empty, no union at 0, as every write leaves it — so what the old functions answered for its other keys,
-- the keys themselves, is kept as it is. A key summing to 0 is removed, a dim left empty is removed: the objects
-- are the ones the old functions answered.
create or replace function report_presence_merge(a jsonb, b jsonb) returns jsonb language plpgsql immutable as $$
declare
  merged jsonb := coalesce(a, '{}'::jsonb);
  k text;
  v text;
  n int;
begin
  for k, v in select e.key, e.value from jsonb_each_text(b) e loop
    n := coalesce((merged ->> k)::int, 0) + v::int;
    if n = 0 then
      merged := merged - k;
    else
      merged := jsonb_set(merged, array[k], to_jsonb(n));
    end if;
  end loop;
  return merged;
end $$;

create or replace function report_presence_merge_dims(a jsonb, b jsonb) returns jsonb language plpgsql immutable as $$
declare
  merged jsonb := coalesce(a, '{}'::jsonb);
  d text;
  m jsonb;
begin
  for d, m in select e.key, e.value from jsonb_each(b) e loop
    m := report_presence_merge(merged -> d, m);
    if m = '{}'::jsonb then
      merged := merged - d;
    else
      merged := jsonb_set(merged, array[d], m);
    end if;
  end loop;
  return merged;
end $$;
