import type { Sql } from '../../db/db.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import type { NewBatchFacts, NewNomination } from './wellness.repository.ts';

/**
 * SQL of the 疗休养/体检 register (issue 42): the groups of the workers it names, and its batches, quotas and
 * nominations written set-based — a statement per table for the whole file, ids drawn first so each row knows its
 * batch, its quota and its substitute.
 */

/** The groups of workers a register names (一线, 新就业形态), noted on their nominations as a live one notes them. */
export async function personGroups(
  sql: Sql,
  ids: number[],
): Promise<Map<number, { frontLine: boolean; newEmployment: boolean }>> {
  if (!ids.length) return new Map();
  const { rows } = await sql.query<{ id: number; frontLine: boolean; newEmployment: boolean }>(
    `select id, is_front_line as "frontLine", is_new_employment as "newEmployment" from persons
      where id = any($1::bigint[])`,
    [numberArray(ids)],
  );
  return new Map(rows.map((r) => [Number(r.id), { frontLine: r.frontLine, newEmployment: r.newEmployment }]));
}

/** Locks the programs' rows until the transaction ends (two clerks adding batches of one year queue on them). */
export async function lockPrograms(sql: Sql, ids: number[]): Promise<void> {
  if (ids.length)
    await sql.query('select id from wellness_programs where id = any($1::bigint[]) order by id for update', [
      ids,
    ]);
}

/** Locks the batches' rows until the transaction ends; answers the ids of those already settled. */
export async function lockBatches(sql: Sql, ids: number[]): Promise<number[]> {
  if (!ids.length) return [];
  const { rows } = await sql.query<{ id: number; status: string }>(
    'select id, status from wellness_batches where id = any($1::bigint[]) order by id for update',
    [numberArray(ids)],
  );
  return rows.filter((r) => r.status === 'settled').map((r) => Number(r.id));
}

/** The people on the live lists of these batches, as `batchId|personId`. */
export async function livePeopleOf(sql: Sql, batchIds: number[]): Promise<Set<string>> {
  if (!batchIds.length) return new Set();
  const { rows } = await sql.query<{ batchId: number; personId: number }>(
    `select batch_id as "batchId", person_id as "personId" from wellness_nominations
      where batch_id = any($1::bigint[]) and status = 'nominated'`,
    [batchIds],
  );
  return new Set(rows.map((r) => `${Number(r.batchId)}|${Number(r.personId)}`));
}

/** A nomination on record of a batch the register names, as a row of the register gives one (ADR 150). */
export interface HeldNomination {
  personId: number;
  orgId: number;
  orgName: string;
  nominatedOn: string;
  status: 'nominated' | 'replaced' | 'withdrawn';
  endedOn: string | null;
  /** The substitute's person, for a replaced nomination. */
  substituteId: number | null;
  substituteName: string | null;
  attendance: 'attended' | 'absent' | null;
  attendanceOn: string | null;
}

/** The batch's nominations on record, each person's in the order they were made. */
export async function heldNominationsOf(sql: Sql, batchId: number): Promise<HeldNomination[]> {
  const { rows } = await sql.query<HeldNomination>(
    `select n.person_id as "personId", n.org_id as "orgId", o.name as "orgName",
            to_char(n.nominated_on, 'YYYY-MM-DD') as "nominatedOn", n.status,
            to_char(n.ended_on, 'YYYY-MM-DD') as "endedOn", s.person_id as "substituteId",
            sp.name as "substituteName", n.attendance, to_char(n.attendance_on, 'YYYY-MM-DD') as "attendanceOn"
       from wellness_nominations n
       join orgs o on o.id = n.org_id
       left join wellness_nominations s on s.id = n.replaced_by
       left join persons sp on sp.id = s.person_id
      where n.batch_id = $1
      order by n.person_id, n.nominated_on, n.id`,
    [batchId],
  );
  return rows.map((r) => ({
    ...r,
    personId: Number(r.personId),
    orgId: Number(r.orgId),
    substituteId: r.substituteId === null ? null : Number(r.substituteId),
  }));
}

export interface NewRegisterBatch extends NewBatchFacts {
  id: number;
}

/** The register's new batches, with the ids drawn for them (no meeting place, nothing to bring). */
export async function insertRegisterBatches(sql: Sql, list: NewRegisterBatch[]): Promise<void> {
  if (!list.length) return;
  const col = <K extends keyof NewRegisterBatch>(k: K) => list.map((b) => b[k]);
  await sql.query(
    `insert into wellness_batches (id, program_id, institution_id, title, starts_on, ends_on, closes_on, places,
                                   meeting, bring)
     overriding system value
     select u.id, u.program_id, u.institution_id, u.title, u.starts_on, u.ends_on, u.closes_on, u.places, '', ''
       from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::date[], $6::date[], $7::date[],
                   $8::int[]) as u(id, program_id, institution_id, title, starts_on, ends_on, closes_on, places)`,
    [
      col('id'),
      col('programId'),
      col('institutionId'),
      col('title'),
      col('startsOn'),
      col('endsOn'),
      col('closesOn'),
      col('places'),
    ],
  );
}

/**
 * Sets each union's quota on its batch (the day first given kept, as upsertAllocation keeps it) with the places its
 * new nominees take, and each batch's allocated total, in two statements; answers each allocation's id by
 * `batchId|orgId`.
 */
export async function upsertRegisterAllocations(
  sql: Sql,
  list: { batchId: number; orgId: number; quota: number; used: number; on: string }[],
  /** Batches created by this transaction: their quotas cannot be on record, so they are inserted plainly. */
  fresh: ReadonlySet<number> = new Set(),
): Promise<Map<string, number>> {
  if (!list.length) return new Map();
  const out = new Map<string, number>();
  const plain = list.filter((a) => fresh.has(a.batchId));
  const merged = plain.length === list.length ? [] : list.filter((a) => !fresh.has(a.batchId));
  for (const [part, conflict] of [
    [plain, ''],
    [
      merged,
      `on conflict (batch_id, org_id) do update set quota = excluded.quota,
       used = wellness_allocations.used + excluded.used,
       allocated_on = coalesce(wellness_allocations.allocated_on, excluded.allocated_on)`,
    ],
  ] as const) {
    if (!part.length) continue;
    // a plain insert spares PostgreSQL the speculative insertion `on conflict` costs a row
    const { rows } = await sql.query<{ id: number; batchId: number; orgId: number }>(
      `insert into wellness_allocations (batch_id, org_id, quota, used, allocated_on, federation_id)
       select u.batch_id, u.org_id, u.quota, u.used, u.allocated_on, split_part(o.path, '/', 2)::bigint
         from unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::date[])
                as u(batch_id, org_id, quota, used, allocated_on)
         join orgs o on o.id = u.org_id
       ${conflict}
       returning id, batch_id as "batchId", org_id as "orgId"`,
      [
        numberArray(part.map((a) => a.batchId)),
        numberArray(part.map((a) => a.orgId)),
        numberArray(part.map((a) => a.quota)),
        numberArray(part.map((a) => a.used)),
        textArray(part.map((a) => a.on)),
      ],
    );
    for (const r of rows) out.set(`${Number(r.batchId)}|${Number(r.orgId)}`, Number(r.id));
  }
  await sql.query(
    `update wellness_batches b
        set allocated = (select coalesce(sum(quota), 0) from wellness_allocations a where a.batch_id = b.id)
      where b.id = any($1::bigint[])`,
    [numberArray([...new Set(list.map((a) => a.batchId))])],
  );
  return out;
}

/** A nomination of the register: one made (with the id it is written under) and how it ended up. */
export interface NewRegisterNomination extends NewNomination {
  id: number;
  status: 'nominated' | 'replaced' | 'withdrawn';
  replacedBy: number | null;
  endedOn: string | null;
  attendance: 'attended' | 'absent' | null;
  attendanceOn: string | null;
}

/**
 * The register's nominations as they ended up — ended, replaced by their substitute, attendance marked — in one
 * statement; answers the ids written (a live one already on the list in the meantime is left out).
 */
export async function insertRegisterNominations(
  sql: Sql,
  list: NewRegisterNomination[],
): Promise<Set<number>> {
  if (!list.length) return new Set();
  // Each column one array literal (shared/pg-array.ts), not an array the driver escapes value by value.
  const nums = (f: (n: NewRegisterNomination) => number | null) => numberArray(list.map(f));
  const texts = (f: (n: NewRegisterNomination) => string | null) => textArray(list.map(f));
  const { rows } = await sql.query<{ id: number }>(
    `insert into wellness_nominations (id, batch_id, allocation_id, org_id, person_id, nominated_on, front_line,
                                       new_employment, status, replaced_by, ended_on, attendance, attendance_on,
                                       federation_id)
     overriding system value
     select u.*, split_part(o.path, '/', 2)::bigint
       from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::date[],
                   $7::boolean[], $8::boolean[], $9::text[], $10::bigint[], $11::date[], $12::text[], $13::date[])
              as u(id, batch_id, allocation_id, org_id, person_id, nominated_on, front_line, new_employment, status,
                   replaced_by, ended_on, attendance, attendance_on)
       join orgs o on o.id = u.org_id
     on conflict (batch_id, person_id) where status = 'nominated' do nothing
     returning id`,
    [
      nums((n) => n.id),
      nums((n) => n.batchId),
      nums((n) => n.allocationId),
      nums((n) => n.orgId),
      nums((n) => n.personId),
      texts((n) => n.nominatedOn),
      texts((n) => String(n.frontLine)),
      texts((n) => String(n.newEmployment)),
      texts((n) => n.status),
      nums((n) => n.replacedBy),
      texts((n) => n.endedOn),
      texts((n) => n.attendance),
      texts((n) => n.attendanceOn),
    ],
  );
  return new Set(rows.map((r) => Number(r.id)));
}
