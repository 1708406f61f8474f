import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { changedFields, type FieldChange, patched } from '../../shared/changes.ts';
import { recordEdit } from '../audit/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { contestErrors } from './contests.errors.ts';
import { countEntriesByUnion, updateContestFacts } from './contests.repository.ts';
import { type ContestDetail, SUBJECTS } from './contests.types.ts';
import type { ContestLevel } from './contests.vocabulary.ts';

/** A correction of a contest before its results are published (ADR 60). */
export interface EditContestInput {
  name?: string;
  level?: ContestLevel;
  startsOn?: string;
  endsOn?: string;
}

/** The participation counts of a contest's entries, dated by its end and by its level (`sign` −1 takes them back). */
function participationOf(
  entries: { orgId: number; mode: string; entries: number; persons: number }[],
  c: { endsOn: string; level: string },
  sign: 1 | -1,
): CountDelta[] {
  const unions = new Set(entries.map((e) => e.orgId));
  return [
    ...entries.flatMap((e) => [
      {
        subject: SUBJECTS.entries,
        orgId: e.orgId,
        on: c.endsOn,
        dim: e.mode,
        dim2: c.level,
        n: sign * e.entries,
      },
      { subject: SUBJECTS.people, orgId: e.orgId, on: c.endsOn, dim: c.level, n: sign * e.persons },
    ]),
    ...[...unions].map((orgId) => ({ subject: SUBJECTS.units, orgId, on: c.endsOn, dim: c.level, n: sign })),
  ];
}

/**
 * Corrects a contest's name (kept as typed), level and dates until its results are published; its entries are
 * counted again on the corrected end day and level. Each changed field is kept in its history and the audit log.
 */
export async function applyContestEdit(
  sql: Sql,
  actor: Actor,
  c: ContestDetail,
  input: EditContestInput,
): Promise<FieldChange[]> {
  if (c.status === 'published') throw contestErrors.published();
  const next = {
    name: patched(input.name?.trim(), c.name),
    level: patched(input.level, c.level),
    startsOn: patched(input.startsOn, c.startsOn),
    endsOn: patched(input.endsOn, c.endsOn),
  };
  if (next.endsOn < next.startsOn) throw contestErrors.datesReversed();
  const changes = changedFields(
    { name: c.name, level: c.level, startsOn: c.startsOn, endsOn: c.endsOn },
    next,
  );
  if (!changes.length) return changes;
  await updateContestFacts(sql, c.id, next);
  if (next.endsOn !== c.endsOn || next.level !== c.level) {
    const entries = await countEntriesByUnion(sql, c.id);
    await addCounts(sql, [...participationOf(entries, c, -1), ...participationOf(entries, next, 1)]);
  }
  await recordEdit(sql, actor, {
    action: 'contest.edit',
    entity: 'contest',
    entityId: c.id,
    orgId: c.orgId,
    changes,
  });
  return changes;
}
