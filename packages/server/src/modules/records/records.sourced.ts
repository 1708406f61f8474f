import type { Sql } from '../../db/db.ts';
import { typedOptionalText } from '../../shared/text.ts';
import { type NormalRecord, subjectKeyOf } from './records.input.ts';
import { insertRecords } from './records.repository.ts';
import type { RecordSource } from './records.types.ts';

/** A record another module derives from one of its facts, named by `sourceRef`. */
export interface SourcedRecord extends NormalRecord {
  personId: number;
  source: Exclude<RecordSource, 'staff' | 'import' | 'event'>;
  /** Names the fact: the same fact written again updates its record. */
  sourceRef: string;
  /** A patent's inventor position (1 = first); null for other kinds. */
  inventorOrder?: number | null;
  orgId?: number | null;
  createdBy?: number | null;
}

const TEXT = [
  'occupation',
  'issuer',
  'number',
  'rank',
  'competition',
  'course',
  'organiser',
  'title',
] as const;

/** Where a patent's inventors are parked while their positions change (unique per patent, ≥ 1). */
const PARKED_ORDER = 10_000;

/**
 * The record each fact writes to: the one it wrote before (by `sourceRef`), else a record of the same subject typed
 * by hand (a patent's: of the same inventor), each taken over once; null: a new record. Three reads, each on the
 * leading column of a unique index whatever the table holds, matched here.
 */
async function findSourcedTargets(
  sql: Sql,
  rows: SourcedRecord[],
  keys: string[],
): Promise<(number | null)[]> {
  const bySource = new Map(
    (
      await sql.query<{ id: number; ref: string }>(
        'select id, source_ref as ref from records where source_ref = any($1::text[])',
        [rows.map((r) => r.sourceRef)],
      )
    ).rows.map((r) => [r.ref, Number(r.id)]),
  );
  const open = rows.flatMap((r, i) => (bySource.has(r.sourceRef) ? [] : [i]));
  const typed = new Map<string, number[]>();
  const patents = open.filter((i) => rows[i].kind === 'patent').map((i) => keys[i]);
  const others = open.filter((i) => rows[i].kind !== 'patent');
  const found = [
    ...(patents.length
      ? (
          await sql.query<{ id: number; kind: string; key: string; personId: number }>(
            `select id, kind, subject_key as key, person_id as "personId" from records
              where kind = 'patent' and subject_key = any($1::text[]) and source_ref is null order by id`,
            [[...new Set(patents)]],
          )
        ).rows
      : []),
    ...(others.length
      ? (
          await sql.query<{ id: number; kind: string; key: string; personId: number }>(
            `select id, kind, subject_key as key, person_id as "personId" from records
              where kind <> 'patent' and kind = any($1::text[]) and subject_key = any($2::text[])
                and source_ref is null order by id`,
            [[...new Set(others.map((i) => rows[i].kind))], [...new Set(others.map((i) => keys[i]))]],
          )
        ).rows
      : []),
  ];
  const typedKey = (kind: string, key: string, personId: number) =>
    kind === 'patent' ? `patent\u0000${key}\u0000${personId}` : `${kind}\u0000${key}`;
  for (const r of found) {
    const k = typedKey(r.kind, r.key, Number(r.personId));
    typed.set(k, [...(typed.get(k) ?? []), Number(r.id)]);
  }
  const claimed = new Set<number>();
  return rows.map((r, i) => {
    const own = bySource.get(r.sourceRef);
    if (own !== undefined) return own;
    // A hand-typed record is taken over once; a second fact of the same subject gets its own.
    const id = typed.get(typedKey(r.kind, keys[i], r.personId))?.find((x) => !claimed.has(x));
    if (id === undefined) return null;
    claimed.add(id);
    return id;
  });
}

/**
 * Writes each record by its `sourceRef`, in the caller's transaction and in a few statements however many: updates
 * the record the fact wrote before; otherwise takes over a record of the same subject typed by hand (so an award
 * entered by a clerk and later published by its contest stays one record); otherwise inserts. A patent's kept
 * inventors are moved to their new positions through parked ones, so a reordered team does not collide with
 * itself. Each fact once per call. Returns the record ids in order.
 */
export async function upsertSourcedRecords(sql: Sql, rows: SourcedRecord[]): Promise<number[]> {
  if (!rows.length) return [];
  const keys = rows.map((r) => subjectKeyOf(r, r.personId));
  const ids = await findSourcedTargets(sql, rows, keys);
  const updates = rows.map((row, i) => ({ row, i, id: ids[i] })).filter((u) => u.id !== null);
  if (updates.length) {
    const col = <T>(f: (r: SourcedRecord, i: number) => T) => updates.map((u) => f(u.row, u.i));
    const text = (k: (typeof TEXT)[number]) => col((r) => typedOptionalText(r[k]));
    const parked = updates.filter((u) => u.row.inventorOrder != null).map((u) => u.id);
    if (parked.length) {
      await sql.query(
        `update records set inventor_order = inventor_order + ${PARKED_ORDER} where id = any($1::bigint[])`,
        [parked],
      );
    }
    await sql.query(
      `update records r set person_id = u.person_id, kind = u.kind, occurred_on = u.occurred_on,
         year = extract(year from u.occurred_on)::int, subject_key = u.subject_key, grade = u.grade,
         occupation = u.occupation, issuer = u.issuer, number = u.number, level = u.level, level_rank = u.level_rank,
         rank = u.rank, competition = u.competition, course = u.course, organiser = u.organiser, fee_fen = u.fee_fen,
         patent_type = u.patent_type, patent_no = u.patent_no, inventor_order = u.inventor_order, title = u.title,
         result = u.result, source = u.source, source_ref = u.source_ref, org_id = coalesce(u.org_id, r.org_id)
       from unnest($1::bigint[], $2::bigint[], $3::text[], $4::date[], $5::text[], $6::smallint[], $7::text[],
                   $8::text[], $9::text[], $10::text[], $11::smallint[], $12::text[], $13::text[], $14::text[],
                   $15::text[], $16::bigint[], $17::text[], $18::text[], $19::smallint[], $20::text[], $21::text[],
                   $22::text[], $23::text[], $24::bigint[])
         as u(id, person_id, kind, occurred_on, subject_key, grade, occupation, issuer, number, level, level_rank,
              rank, competition, course, organiser, fee_fen, patent_type, patent_no, inventor_order, title, result,
              source, source_ref, org_id)
      where r.id = u.id`,
      [
        updates.map((u) => u.id),
        col((r) => r.personId),
        col((r) => r.kind),
        col((r) => r.occurredOn),
        col((_, i) => keys[i]),
        col((r) => r.grade),
        text('occupation'),
        text('issuer'),
        text('number'),
        col((r) => r.level),
        col((r) => r.levelRank),
        text('rank'),
        text('competition'),
        text('course'),
        text('organiser'),
        col((r) => r.feeFen),
        col((r) => r.patentType),
        col((r) => r.patentNo),
        col((r) => r.inventorOrder ?? null),
        text('title'),
        col((r) => r.result),
        col((r) => r.source),
        col((r) => r.sourceRef),
        col((r) => r.orgId ?? null),
      ],
    );
  }
  const inserts = rows.map((row, i) => ({ row, i })).filter(({ i }) => ids[i] === null);
  const inserted = await insertRecords(
    sql,
    inserts.map(({ row, i }) => ({
      ...row,
      subjectKey: keys[i],
      inventorOrder: row.inventorOrder ?? null,
      orgId: row.orgId ?? null,
      createdBy: row.createdBy ?? null,
    })),
  );
  inserts.forEach(({ i }, j) => {
    ids[i] = inserted[j];
  });
  return ids as number[];
}

/** The patent records on file for these subject keys ('patent:<number>'), whoever wrote them. */
export async function findPatentRecords(sql: Sql, subjectKeys: string[]) {
  if (!subjectKeys.length) return [];
  const { rows } = await sql.query<{
    subjectKey: string;
    personId: number;
    personName: string;
    inventorOrder: number;
    sourceRef: string | null;
  }>(
    `select r.subject_key as "subjectKey", r.person_id as "personId", p.name as "personName",
            r.inventor_order as "inventorOrder", r.source_ref as "sourceRef"
       from records r join persons p on p.id = r.person_id
      where r.kind = 'patent' and r.subject_key = any($1::text[])`,
    [subjectKeys],
  );
  return rows.map((r) => ({ ...r, personId: Number(r.personId) }));
}

/** Removes the records written for these facts (a prize withdrawn, a title revoked); returns how many. */
export async function deleteSourcedRecords(sql: Sql, sourceRefs: string[]): Promise<number> {
  if (!sourceRefs.length) return 0;
  const { rows } = await sql.query<{ id: number }>(
    'delete from records where source_ref = any($1::text[]) returning id',
    [sourceRefs],
  );
  return rows.length;
}
