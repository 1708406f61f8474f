import type { Sql } from '../../db/db.ts';
import { normaliseOptionalText } from '../../shared/text.ts';
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

/**
 * Writes each record by its `sourceRef`, in the caller's transaction: updates the record the fact wrote
 * before; otherwise takes over a record of the same subject typed by hand (so an award entered by a clerk and
 * later published by its contest stays one record); otherwise inserts. Returns the record ids in order.
 */
export async function upsertSourcedRecords(sql: Sql, rows: SourcedRecord[]): Promise<number[]> {
  const ids: number[] = [];
  for (const row of rows) {
    const subjectKey = subjectKeyOf(row, row.personId);
    const { rows: found } = await sql.query<{ id: number }>(
      `select id from records where source_ref = $1
       union all
       (select id from records
         where source_ref is null and kind = $2 and subject_key = $3 and (kind <> 'patent' or person_id = $4)
         limit 1)
       limit 1`,
      [row.sourceRef, row.kind, subjectKey, row.personId],
    );
    if (!found.length) {
      const [id] = await insertRecords(sql, [
        {
          ...row,
          subjectKey,
          inventorOrder: row.inventorOrder ?? null,
          orgId: row.orgId ?? null,
          createdBy: row.createdBy ?? null,
        },
      ]);
      await sql.query('update records set source_ref = $2 where id = $1', [id, row.sourceRef]);
      ids.push(id);
      continue;
    }
    const id = found[0].id;
    const text = TEXT.map((k) => normaliseOptionalText(row[k]));
    await sql.query(
      `update records set person_id = $2, kind = $3, occurred_on = $4, year = extract(year from $4::date)::int,
         subject_key = $5, grade = $6, occupation = $7, issuer = $8, number = $9, level = $10, level_rank = $11,
         rank = $12, competition = $13, course = $14, organiser = $15, fee_fen = $16, patent_type = $17,
         patent_no = $18, inventor_order = $19, title = $20, result = $21, source = $22, source_ref = $23,
         org_id = coalesce($24, org_id)
       where id = $1`,
      [
        id,
        row.personId,
        row.kind,
        row.occurredOn,
        subjectKey,
        row.grade,
        text[0],
        text[1],
        text[2],
        row.level,
        row.levelRank,
        text[3],
        text[4],
        text[5],
        text[6],
        row.feeFen,
        row.patentType,
        row.patentNo,
        row.inventorOrder ?? null,
        text[7],
        row.result,
        row.source,
        row.sourceRef,
        row.orgId ?? null,
      ],
    );
    ids.push(id);
  }
  return ids;
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
