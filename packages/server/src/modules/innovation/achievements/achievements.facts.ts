import type { Sql } from '../../../db/db.ts';
import {
  deleteSourcedRecords,
  NO_DETAILS,
  type SourcedRecord,
  upsertSourcedRecords,
} from '../../records/index.ts';
import { addCounts, type CountDelta } from '../../reporting/index.ts';
import type { AchievementRow } from './achievements.repository.ts';

/**
 * What an achievement tells the rest of the platform, kept in the transaction of each change:
 * - patent records: one per team member (inventor order = team position), source 'innovation', named
 *   `innovation:achievement:<id>:patent:<personId>` — the patent subsidy reads them like any patent record;
 * - reporting counts (ADR 14): `innovation.patents` (flow, dated by the grant date, dim = patent type, one per
 *   achievement), `innovation.achievements` (flow, dated by publication, dim = achievement type),
 *   `innovation.conversions` (flow, dated converted_on, fen = contract value). orgId is the studio's union.
 */

type Patented = Pick<AchievementRow, 'id' | 'orgId' | 'title' | 'patentType' | 'patentNo' | 'patentOn'>;

export const patentRef = (achievementId: number, personId: number) =>
  `innovation:achievement:${achievementId}:patent:${personId}`;

/** The patent record of one inventor (`inventorOrder` 1 = first), named by the achievement and the person. */
export const patentRecord = (
  a: Patented,
  personId: number,
  inventorOrder: number,
  createdBy: number | null,
): SourcedRecord => ({
  kind: 'patent',
  occurredOn: a.patentOn as string,
  ...NO_DETAILS,
  patentType: a.patentType,
  patentNo: a.patentNo,
  title: a.title,
  personId,
  inventorOrder,
  source: 'innovation',
  sourceRef: patentRef(a.id, personId),
  orgId: a.orgId,
  createdBy,
});

/** Writes the team's patent records and removes those of people no longer on it (or of a patent removed). */
export async function syncPatentRecords(
  sql: Sql,
  a: Patented,
  team: number[],
  previousTeam: number[],
  createdBy: number | null,
): Promise<number[]> {
  const keep = a.patentType ? team : [];
  const gone = previousTeam.filter((p) => !keep.includes(p)).map((p) => patentRef(a.id, p));
  await deleteSourcedRecords(sql, gone);
  if (!a.patentType || !a.patentNo || !a.patentOn) return [];
  // A reordered team moves through parked positions inside upsertSourcedRecords (inventor order is unique).
  return upsertSourcedRecords(
    sql,
    keep.map((personId, i) => patentRecord(a, personId, i + 1, createdBy)),
  );
}

/** The counts of a patent (on its grant day), of a publication (on its day) and of a conversion (on its day). */
export const patentDelta = (
  a: Pick<Patented, 'orgId' | 'patentType' | 'patentOn'>,
  n: number,
): CountDelta[] =>
  a.patentType && a.patentOn
    ? [{ subject: 'innovation.patents', orgId: a.orgId, on: a.patentOn, dim: a.patentType, n }]
    : [];

export const publishedDelta = (
  a: Pick<AchievementRow, 'orgId' | 'type' | 'publishedOn'>,
  n: number,
): CountDelta[] =>
  a.publishedOn
    ? [
        {
          subject: 'innovation.achievements',
          orgId: a.orgId,
          on: a.publishedOn,
          dim: a.type,
          n,
        },
      ]
    : [];

/** The counts moved by a change from `before` (undefined: a new achievement) to `after`. */
export async function countChange(sql: Sql, before: AchievementRow | undefined, after: AchievementRow) {
  const deltas = [
    ...(before ? [...patentDelta(before, -1), ...publishedDelta(before, -1)] : []),
    ...patentDelta(after, 1),
    ...publishedDelta(after, 1),
  ];
  await addCounts(sql, deltas);
}

export const conversionDelta = (
  a: Pick<AchievementRow, 'orgId'>,
  c: { convertedOn: string; valueFen: number },
): CountDelta => ({
  subject: 'innovation.conversions',
  orgId: a.orgId,
  on: c.convertedOn,
  n: 1,
  fen: c.valueFen,
});

export async function countConversion(
  sql: Sql,
  a: Pick<AchievementRow, 'orgId'>,
  c: { convertedOn: string; valueFen: number },
) {
  await addCounts(sql, [conversionDelta(a, c)]);
}
