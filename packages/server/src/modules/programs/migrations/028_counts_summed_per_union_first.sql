-- The programs' counting triggers (migration 016) rolled each delta row up to every union above its own before
-- summing: 20,000 past payments made 60,000 application deltas, 237,300 rows once rolled up, sorted (spilling to
-- disk at the default work_mem) into 10,179 cells — most of the statement's trigger time (issue 42). The deltas are
-- now summed per union first (7,088 rows for those payments) and only those sums rolled up and summed again. A sum
-- is a sum whichever way it is grouped, so every cell gets what it got before: a delta that comes to 0 within one
-- union leaves no row, and a cell that comes to 0 is still not written.
create or replace function programs_counts_upsert_sql(deltas text) returns text language sql immutable as $$
  select format($f$
    insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
    select d.subject, u.id, d.month, d.dim, d.dim2, sum(d.n), sum(d.fen), split_part(o.path, '/', 2)::bigint
      from (select x.subject, x.org_id, x.month, x.dim, x.dim2, sum(x.n)::bigint as n, sum(x.fen)::bigint as fen
              from (%s) x
             group by x.subject, x.org_id, x.month, x.dim, x.dim2
            having sum(x.n) <> 0 or sum(x.fen) <> 0) d
      join orgs o on o.id = d.org_id
     cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')::bigint[]) as u(id)
     group by d.subject, u.id, d.month, d.dim, d.dim2, split_part(o.path, '/', 2)
    having sum(d.n) <> 0 or sum(d.fen) <> 0
     order by 1, 2, 3, 4, 5
    on conflict (subject, org_id, month, dim, dim2)
    do update set n = c.n + excluded.n, fen = c.fen + excluded.fen$f$, deltas)
$$;
