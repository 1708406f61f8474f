import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { LIST_CAP, type ValueSource } from './returns.repository.ts';

/** SQL for submissions' values: return_values, return_value_history and return_comments. */

export interface ValueRow {
  key: string;
  num: number | null;
  txt: string | null;
  boundNum: number | null;
  totalNum: number | null;
  source: ValueSource;
  reason: string | null;
  enteredAt: string;
  enteredBy: string | null;
}

export async function valuesOf(sql: Sql, submissionId: number) {
  const { rows } = await sql.query<ValueRow>(
    `select v.key, v.num, v.txt, v.bound_num as "boundNum", v.total_num as "totalNum", v.source, v.reason,
            v.entered_at as "enteredAt", u.display_name as "enteredBy"
       from return_values v left join users u on u.id = v.entered_by
      where v.submission_id = $1`,
    [submissionId],
  );
  return rows;
}

export interface ValueWrite {
  key: string;
  num: number | null;
  txt: string | null;
  boundNum?: number | null;
  source: ValueSource;
  reason: string | null;
}

/**
 * Writes values of one submission, each change kept in the history with its source and reason; a value that does
 * not change is not written. `boundNum` undefined keeps the stored figure.
 */
export async function writeValues(
  sql: Sql,
  sub: { id: number; orgId: number },
  writes: ValueWrite[],
  by: number | null,
) {
  if (!writes.length) return 0;
  const { rows: old } = await sql.query<{
    key: string;
    num: number | null;
    txt: string | null;
    boundNum: number | null;
  }>(
    `select key, num, txt, bound_num as "boundNum" from return_values where submission_id = $1 and key = any($2::text[])`,
    [sub.id, writes.map((w) => w.key)],
  );
  const before = new Map(old.map((o) => [o.key, o]));
  const changed = writes
    .map((w) => {
      const o = before.get(w.key);
      const boundNum = w.boundNum === undefined ? (o?.boundNum ?? null) : w.boundNum;
      const valueChanged = !o || o.num !== w.num || o.txt !== w.txt;
      return {
        ...w,
        boundNum,
        old: o,
        valueChanged,
        any: valueChanged || boundNum !== (o?.boundNum ?? null),
      };
    })
    .filter((c) => c.any);
  if (!changed.length) return 0;
  const hist = changed.filter((c) => c.valueChanged);
  if (hist.length) {
    await sql.query(
      `insert into return_value_history (submission_id, org_id, key, old_num, old_txt, new_num, new_txt, source, reason, changed_by)
       select $1, $2, x.k, x.o_n, x.o_t, x.n_n, x.n_t, x.s, x.r, $3
         from unnest($4::text[], $5::bigint[], $6::text[], $7::bigint[], $8::text[], $9::text[], $10::text[])
           as x(k, o_n, o_t, n_n, n_t, s, r)`,
      [
        sub.id,
        sub.orgId,
        by,
        hist.map((c) => c.key),
        hist.map((c) => c.old?.num ?? null),
        hist.map((c) => c.old?.txt ?? null),
        hist.map((c) => c.num),
        hist.map((c) => c.txt),
        hist.map((c) => c.source),
        hist.map((c) => c.reason),
      ],
    );
  }
  await sql.query(
    `insert into return_values as v (submission_id, key, org_id, num, txt, bound_num, source, reason, entered_by)
     select $1, x.k, $2, x.n, x.t, x.b, x.s, x.r, $3
       from unnest($4::text[], $5::bigint[], $6::text[], $7::bigint[], $8::text[], $9::text[]) as x(k, n, t, b, s, r)
     on conflict (submission_id, key) do update
        set num = excluded.num, txt = excluded.txt, bound_num = excluded.bound_num, source = excluded.source,
            reason = excluded.reason, entered_by = excluded.entered_by, entered_at = now()`,
    [
      sub.id,
      sub.orgId,
      by,
      changed.map((c) => c.key),
      changed.map((c) => c.num),
      changed.map((c) => c.txt),
      changed.map((c) => c.boundNum),
      changed.map((c) => c.source),
      changed.map((c) => c.reason),
    ],
  );
  return hist.length;
}

/** Bound figures of many submissions at once (issuing a return): one value row each, source 'bound'. */
export async function insertBoundValues(
  sql: Sql,
  rows: { submissionId: number; orgId: number; key: string; num: number }[],
) {
  for (let i = 0; i < rows.length; i += 20_000) {
    const part = rows.slice(i, i + 20_000);
    await sql.query(
      `insert into return_values (submission_id, key, org_id, num, bound_num, source)
       select x.s, x.k, x.o, x.n, x.n, 'bound' from unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[]) as x(s, k, o, n)`,
      [
        part.map((r) => r.submissionId),
        part.map((r) => r.key),
        part.map((r) => r.orgId),
        part.map((r) => r.num),
      ],
    );
  }
}

/**
 * Fixes what a submission reports up (its totals), or clears them when it is returned or reopened. A consolidating
 * union's totals are its own plus its unions': a row holding only a total has the source `consolidation`.
 */
export async function setTotals(
  sql: Sql,
  sub: { id: number; orgId: number; consolidates?: boolean },
  totals: Map<string, number> | null,
) {
  await sql.query(
    `update return_values set total_num = null where submission_id = $1 and total_num is not null`,
    [sub.id],
  );
  if (!totals?.size) return;
  await sql.query(
    `insert into return_values as v (submission_id, key, org_id, total_num, source)
     select $1, x.k, $2, x.n, $5 from unnest($3::text[], $4::bigint[]) as x(k, n)
     on conflict (submission_id, key) do update
        set total_num = excluded.total_num,
            source = case when v.num is null and v.txt is null then excluded.source else v.source end`,
    [
      sub.id,
      sub.orgId,
      [...totals.keys()],
      [...totals.values()],
      sub.consolidates ? 'consolidation' : 'typed',
    ],
  );
}

/**
 * Keeps a consolidating union's totals in its values' history (source `consolidation`), each with the account that
 * submitted and when: a row for every total that differs from the one its last submission fixed.
 */
export async function recordConsolidation(
  sql: Sql,
  sub: { id: number; orgId: number },
  totals: Map<string, number>,
  by: number | null,
  at: Date,
) {
  const { rows } = await sql.query<{ key: string; num: number | null }>(
    `select distinct on (key) key, new_num as num from return_value_history
      where submission_id = $1 and source = 'consolidation' order by key, id desc`,
    [sub.id],
  );
  const last = new Map(rows.map((r) => [r.key, r.num === null ? null : Number(r.num)]));
  const changes: { key: string; old: number | null; now: number | null }[] = [];
  for (const [key, n] of totals)
    if (last.get(key) !== n) changes.push({ key, old: last.get(key) ?? null, now: n });
  for (const [key, n] of last) if (n !== null && !totals.has(key)) changes.push({ key, old: n, now: null });
  if (!changes.length) return 0;
  await sql.query(
    `insert into return_value_history (submission_id, org_id, key, old_num, new_num, source, changed_by, changed_at)
     select $1, $2, x.k, x.o, x.n, 'consolidation', $3, $4
       from unnest($5::text[], $6::bigint[], $7::bigint[]) as x(k, o, n)`,
    [
      sub.id,
      sub.orgId,
      by,
      at,
      changes.map((c) => c.key),
      changes.map((c) => c.old),
      changes.map((c) => c.now),
    ],
  );
  return changes.length;
}

/** The totals the accepted submissions below a union report up, summed per key. */
export async function acceptedChildTotals(sql: Sql, returnId: number, parentId: number | null) {
  const { rows } = await sql.query<{ key: string; total: number }>(
    `select v.key, sum(v.total_num)::bigint as total
       from return_submissions s join return_values v on v.submission_id = s.id
      where s.return_id = $1 and ${parentId === null ? 's.parent_id is null' : 's.parent_id = $2'}
        and s.status = 'accepted' and v.total_num is not null
      group by v.key`,
    parentId === null ? [returnId] : [returnId, parentId],
  );
  return new Map(rows.map((r) => [r.key, r.total]));
}

/** What the submissions below a union report (submitted or accepted ones), one row per union and key. */
export async function childReported(sql: Sql, returnId: number, parentId: number | null) {
  const { rows } = await sql.query<{ orgId: number; key: string; total: number | null; txt: string | null }>(
    `select s.org_id as "orgId", v.key, v.total_num as total, v.txt
       from return_submissions s join return_values v on v.submission_id = s.id
      where s.return_id = $1 and ${parentId === null ? 's.parent_id is null' : 's.parent_id = $2'}
        and s.status in ('submitted', 'accepted') and (v.total_num is not null or v.txt is not null)`,
    parentId === null ? [returnId] : [returnId, parentId],
  );
  return rows;
}

/** Every text value (open-table rows included) reported in a subtree, for the consolidated lists. */
export async function reportedTexts(sql: Sql, returnId: number, path: string, keyPrefix: string) {
  const { rows } = await sql.query<{
    orgId: number;
    orgName: string;
    key: string;
    txt: string | null;
    num: number | null;
  }>(
    `select s.org_id as "orgId", o.name as "orgName", v.key, v.txt, v.num
       from return_submissions s join orgs o on o.id = s.org_id join return_values v on v.submission_id = s.id
      where s.return_id = $1 and o.path like $2 and s.status in ('submitted', 'accepted') and v.key like $3
      order by o.path, v.key`,
    [returnId, subtreePattern(path), `${keyPrefix.replace(/[\\%_]/g, '\\$&')}%`],
  );
  return rows;
}

/** Last year's reported totals of the same unions (the return this one was copied from). */
export async function reportedOf(sql: Sql, returnId: number, orgIds: number[]) {
  const { rows } = await sql.query<{ orgId: number; key: string; total: number }>(
    `select s.org_id as "orgId", v.key, v.total_num as total
       from return_submissions s join return_values v on v.submission_id = s.id
      where s.return_id = $1 and s.org_id = any($2::bigint[]) and v.total_num is not null`,
    [returnId, orgIds],
  );
  return rows;
}

export async function historyOf(sql: Sql, submissionId: number) {
  const { rows } = await sql.query<{
    key: string;
    oldNum: number | null;
    oldTxt: string | null;
    newNum: number | null;
    newTxt: string | null;
    source: ValueSource;
    reason: string | null;
    changedBy: string | null;
    changedAt: string;
    countAll: number;
  }>(
    `select h.key, h.old_num as "oldNum", h.old_txt as "oldTxt", h.new_num as "newNum", h.new_txt as "newTxt",
            h.source, h.reason, u.display_name as "changedBy", h.changed_at as "changedAt", ${COUNT_ALL}
       from return_value_history h left join users u on u.id = h.changed_by
      where h.submission_id = $1 order by h.id desc limit ${LIST_CAP.history}`,
    [submissionId],
  );
  return capped(rows);
}

export async function insertComments(
  sql: Sql,
  sub: { id: number; orgId: number },
  round: number,
  comments: { key: string; body: string }[],
  by: number | null,
) {
  if (!comments.length) return;
  await sql.query(
    `insert into return_comments (submission_id, org_id, key, body, round, written_by)
     select $1, $2, x.k, x.b, $3, $4 from unnest($5::text[], $6::text[]) as x(k, b)`,
    [sub.id, sub.orgId, round, by, comments.map((c) => c.key), comments.map((c) => c.body)],
  );
}

export async function commentsOf(sql: Sql, submissionId: number) {
  const { rows } = await sql.query<{
    key: string;
    body: string;
    round: number;
    writtenBy: string | null;
    writtenAt: string;
  }>(
    `select c.key, c.body, c.round, u.display_name as "writtenBy", c.written_at as "writtenAt"
       from return_comments c left join users u on u.id = c.written_by
      where c.submission_id = $1 order by c.round desc, c.id`,
    [submissionId],
  );
  return rows;
}
