-- The programs' counting statement takes a union's path apart once per union's sum, not once per cell it adds to
-- (issue 42). Each sum of a union was spread over the union and every union above it, and each of those rows
-- computed its federation from the union's path and carried it as a sixth key of the sort that sums the cells:
-- 28,055 rows for the 20,000 applications of a file of past payments. The federation is the root of the path, the
-- same for a union and every union above it, so it is the federation of every row a cell sums: taken once per
-- union's sum (with the unions above), then the least of the cell's rows (all equal). The cells, their sums and
-- their federations are what migration 028 writes (≈ 10 of the 100 ms of that file's applications' counts).
create or replace function programs_counts_upsert_sql(deltas text) returns text language sql immutable as $$
  select format($f$
    insert into report_counts as c (subject, org_id, month, dim, dim2, n, fen, federation_id)
    select d.subject, u.id, d.month, d.dim, d.dim2, sum(d.n), sum(d.fen), min(d.federation_id)
      from (select x.subject, x.org_id, x.month, x.dim, x.dim2, sum(x.n)::bigint as n, sum(x.fen)::bigint as fen
              from (%s) x
             group by x.subject, x.org_id, x.month, x.dim, x.dim2
            having sum(x.n) <> 0 or sum(x.fen) <> 0) s
      join lateral (select s.*, string_to_array(trim(both '/' from o.path), '/')::bigint[] as up,
                           split_part(o.path, '/', 2)::bigint as federation_id
                      from orgs o where o.id = s.org_id) d on true
     cross join lateral unnest(d.up) as u(id)
     group by d.subject, u.id, d.month, d.dim, d.dim2
    having sum(d.n) <> 0 or sum(d.fen) <> 0
     order by 1, 2, 3, 4, 5
    on conflict (subject, org_id, month, dim, dim2)
    do update set n = c.n + excluded.n, fen = c.fen + excluded.fen$f$, deltas)
$$;
