import type { Sql } from '../../db/db.ts';
import { type NormalRecord, subjectKeyOf } from './records.input.ts';
import { insertRecords } from './records.repository.ts';
import {
  findRecordIdsBySourceRef,
  listTypedPatentRecords,
  listTypedRecords,
  overwriteRecords,
  parkInventorOrders,
} from './records.sourced.repository.ts';
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

/**
 * The record each fact writes to: the one it wrote before (by `sourceRef`), else a record of the same subject typed
 * by hand (a patent's: of the same inventor), each taken over once; null: a new record. Three reads, each on the
 * leading column of a unique index whatever the table holds, matched here.
 */
async function findSourcedTargets(
  sql: Sql,
  rows: SourcedRecord[],
  keys: string[],
  newFacts: boolean,
): Promise<(number | null)[]> {
  const bySource = new Map(
    newFacts
      ? []
      : (
          await findRecordIdsBySourceRef(
            sql,
            rows.map((r) => r.sourceRef),
          )
        ).map((r) => [r.ref, Number(r.id)]),
  );
  const open = rows.flatMap((r, i) => (bySource.has(r.sourceRef) ? [] : [i]));
  const typed = new Map<string, number[]>();
  const patents = open.filter((i) => rows[i].kind === 'patent').map((i) => keys[i]);
  const others = open.filter((i) => rows[i].kind !== 'patent');
  const found = [
    ...(patents.length ? await listTypedPatentRecords(sql, [...new Set(patents)]) : []),
    ...(others.length
      ? await listTypedRecords(
          sql,
          [...new Set(others.map((i) => rows[i].kind))],
          [...new Set(others.map((i) => keys[i]))],
        )
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
 * itself. Each fact once per call. Returns the record ids in order. `newFacts`: every fact was made in the caller's
 * transaction (a new achievement's id names it), so no record names it yet and none is looked up by `sourceRef`
 * (the achievements register: 100,000 look-ups that could find nothing).
 */
export async function upsertSourcedRecords(
  sql: Sql,
  rows: SourcedRecord[],
  { newFacts = false }: { newFacts?: boolean } = {},
): Promise<number[]> {
  if (!rows.length) return [];
  const keys = rows.map((r) => subjectKeyOf(r, r.personId));
  const ids = await findSourcedTargets(sql, rows, keys, newFacts);
  const updates = rows.flatMap((row, i) => (ids[i] === null ? [] : [{ row, i, id: ids[i] }]));
  if (updates.length) {
    const parked = updates.filter((u) => u.row.inventorOrder != null).map((u) => u.id);
    if (parked.length) await parkInventorOrders(sql, parked as number[]);
    await overwriteRecords(
      sql,
      updates.map((u) => ({
        ...u.row,
        id: u.id as number,
        subjectKey: keys[u.i],
        inventorOrder: u.row.inventorOrder ?? null,
        orgId: u.row.orgId ?? null,
        createdBy: u.row.createdBy ?? null,
      })),
    );
  }
  // The records inserted as they are, their keys beside them: a register's 100,000 inventors' records were each
  // copied once more here (issue 45).
  const inserts: number[] = [];
  for (let i = 0; i < rows.length; i++) if (ids[i] === null) inserts.push(i);
  const all = inserts.length === rows.length;
  const inserted = await insertRecords(
    sql,
    all ? rows : inserts.map((i) => rows[i]),
    all ? keys : inserts.map((i) => keys[i]),
  );
  inserts.forEach((i, j) => {
    ids[i] = inserted[j];
  });
  return ids as number[];
}
