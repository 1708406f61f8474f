import type { Sql } from '../../../db/db.ts';
import { insertRecords, subjectKeyOf, type TrainingResult } from '../../records/index.ts';
import type { RecordKind } from '../../records/records.vocabulary.ts';
import { AWARD_LEVELS, type AwardLevel } from '../rules/index.ts';

/**
 * Demo records (certificates, awards, trainings, patents) for demo members, written in one statement
 * through the records module, in the caller's transaction.
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
  result?: TrainingResult;
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
      result: r.result ?? null,
      patentType: r.patentType ?? null,
      patentNo: r.patentNo ?? null,
      title: r.title ?? null,
    };
    return {
      ...normal,
      personId: r.personId,
      subjectKey: subjectKeyOf(normal, r.personId),
      inventorOrder: r.inventorOrder ?? null,
      source: 'staff' as const,
      orgId: r.orgId ?? null,
      createdBy: null,
    };
  });
  return insertRecords(sql, rows);
}
