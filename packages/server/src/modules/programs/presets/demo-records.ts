import type { Sql } from '../../../db/db.ts';
import { type RecordKind, subjectKeyOf } from '../../records/index.ts';
import { AWARD_LEVELS, type AwardLevel } from '../rules/rule.types.ts';

/**
 * Demo records (certificates, awards, trainings, patents) for demo members, written in one statement.
 * The records module offers no insert that joins the caller's transaction yet, so this writes the
 * `records` rows itself, with the records module's subject keys.
 */
export interface DemoRecord {
  personId: number;
  kind: RecordKind;
  occurredOn: string;
  grade?: number;
  occupation?: string;
  issuer?: string;
  number?: string;
  level?: AwardLevel;
  rank?: string;
  competition?: string;
  course?: string;
  organiser?: string;
  feeFen?: number;
  patentType?: 'invention' | 'utility_model' | 'design';
  patentNo?: string;
  inventorOrder?: number;
  title?: string;
  orgId?: number | null;
}

export async function insertDemoRecords(sql: Sql, records: DemoRecord[]): Promise<number[]> {
  if (!records.length) return [];
  const rows = records.map((r) => {
    const normal = {
      kind: r.kind,
      occurredOn: r.occurredOn,
      grade: r.grade ?? null,
      occupation: r.occupation ?? null,
      issuer: r.issuer ?? null,
      number: r.number ?? null,
      level: r.level ?? null,
      levelRank: r.level ? AWARD_LEVELS.indexOf(r.level) : null,
      rank: r.rank ?? null,
      competition: r.competition ?? null,
      course: r.course ?? null,
      organiser: r.organiser ?? null,
      feeFen: r.feeFen ?? null,
      patentType: r.patentType ?? null,
      patentNo: r.patentNo ?? null,
      title: r.title ?? null,
    };
    return {
      ...normal,
      personId: r.personId,
      subjectKey: subjectKeyOf(normal, r.personId),
      inventorOrder: r.inventorOrder ?? null,
      orgId: r.orgId ?? null,
    };
  });
  const col = (k: keyof (typeof rows)[number]) => rows.map((r) => r[k] ?? null);
  const { rows: out } = await sql.query<{ id: number }>(
    `insert into records (person_id, kind, occurred_on, year, subject_key, grade, occupation, issuer, number,
       level, level_rank, rank, competition, course, organiser, fee_fen, patent_type, patent_no, inventor_order,
       title, source, org_id)
     select person_id, kind, occurred_on, extract(year from occurred_on)::int, subject_key, grade, occupation,
            issuer, number, level, level_rank, rank, competition, course, organiser, fee_fen, patent_type,
            patent_no, inventor_order, title, 'staff', org_id
       from unnest($1::bigint[], $2::text[], $3::date[], $4::text[], $5::smallint[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::smallint[], $11::text[], $12::text[], $13::text[], $14::text[],
                   $15::bigint[], $16::text[], $17::text[], $18::smallint[], $19::text[], $20::bigint[])
         with ordinality as t(person_id, kind, occurred_on, subject_key, grade, occupation, issuer, number, level,
                              level_rank, rank, competition, course, organiser, fee_fen, patent_type, patent_no,
                              inventor_order, title, org_id, ord)
      order by ord
     returning id`,
    [
      col('personId'),
      col('kind'),
      col('occurredOn'),
      col('subjectKey'),
      col('grade'),
      col('occupation'),
      col('issuer'),
      col('number'),
      col('level'),
      col('levelRank'),
      col('rank'),
      col('competition'),
      col('course'),
      col('organiser'),
      col('feeFen'),
      col('patentType'),
      col('patentNo'),
      col('inventorOrder'),
      col('title'),
      col('orgId'),
    ],
  );
  return out.map((r) => r.id);
}
