import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { changedFields, type FieldChange, patched } from '../../shared/changes.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordEdit } from '../audit/index.ts';
import { addCounts } from '../reporting/index.ts';
import { visitDeltas } from './care.counts.ts';
import { careErrors } from './care.errors.ts';
import { updateVisitFacts, type VisitRow } from './visits.repository.ts';

/** A correction of a visit on record (ADR 60): what is sent replaces what is on file. */
export interface EditVisitInput {
  visitedOn?: string;
  /** The workers a unit's visit reached (a worker's visit reaches one). */
  people?: number;
  /** The unit a unit's visit went to, by name (a worker's visit names its person, who is not corrected). */
  unitName?: string;
  visitors?: string;
  goodsWritten?: string | null;
  grantFen?: number;
  note?: string | null;
}

/**
 * Whether a visit may be corrected: one of no campaign whose grant opened no ledger application — a visit brought
 * in from a union's old ledger (its goods written, its grant paid outside the platform). A campaign's visit moved
 * goods out of its stock and pays its grant through the ledger, which a correction would leave behind.
 */
export const isCorrectable = (v: Pick<VisitRow, 'campaignId' | 'grantApplicationId'>) =>
  v.campaignId === null && v.grantApplicationId === null;

/**
 * Corrects a visit on record, found and locked with `care.write` on its union (`visitIn`): its day, the unit a
 * unit's visit went to (its name) and the workers it reached, the visitors, the goods, the grant paid outside the
 * platform and the note. Its counts (`care.visits`, `care.people`) move with its day and people; each changed field
 * is kept in the visit's history and the audit log.
 */
export async function applyVisitEdit(
  sql: Sql,
  actor: Actor,
  v: VisitRow,
  input: EditVisitInput,
  now: Date,
): Promise<FieldChange[]> {
  if (!isCorrectable(v)) throw careErrors.notCorrectable();
  if (input.visitedOn !== undefined && input.visitedOn !== v.visitedOn)
    effectiveDay(actor, input.visitedOn, { zh: '走访', en: 'visit' }, [], { field: 'visitedOn', now });
  if (input.people !== undefined && input.people !== v.people && v.recipientKind === 'person')
    throw careErrors.invalid('people', '走访职工个人的惠及人数为 1', "A worker's visit reaches one worker");
  if (input.unitName !== undefined && v.recipientKind === 'person')
    throw careErrors.invalid(
      'unitName',
      '走访职工个人的记录不能改为其他对象',
      "A worker's visit cannot be moved to another recipient",
    );
  // a unit's visit names its unit; a worker's names no unit
  const unitWas = v.recipientKind === 'person' ? null : v.recipient;
  const unitName = unitWas === null ? null : patched(input.unitName?.trim(), unitWas);
  if (unitName === '')
    throw careErrors.invalid('unitName', '走访对象不能为空', 'The unit visited is required');
  const visitors = patched(input.visitors?.trim(), v.visitors);
  if (!visitors) throw careErrors.invalid('visitors', '走访人不能为空', 'Who went is required');
  const next = {
    visitedOn: patched(input.visitedOn, v.visitedOn),
    people: patched(input.people, v.people),
    unitName,
    visitors,
    goodsWritten: input.goodsWritten === undefined ? v.goodsWritten : input.goodsWritten?.trim() || null,
    grantFen: patched(input.grantFen, v.grantFen),
    note: input.note === undefined ? v.note : input.note?.trim() || null,
  };
  const { visitedOn, people, goodsWritten, grantFen, note } = v;
  const changes = changedFields(
    { visitedOn, people, unitName: unitWas, visitors: v.visitors, goodsWritten, grantFen, note },
    next,
  );
  if (!changes.length) return changes;
  await updateVisitFacts(sql, v.id, next);
  if (next.visitedOn !== v.visitedOn || next.people !== v.people) {
    // counted again on its day with its people, as if logged so (a correctable visit gave no stock goods)
    const fact = { orgId: v.orgId, campaignId: null, recipientKind: v.recipientKind, goods: [] };
    await addCounts(sql, [
      ...visitDeltas({ ...fact, visitedOn: v.visitedOn, people: v.people }, -1),
      ...visitDeltas({ ...fact, visitedOn: next.visitedOn, people: next.people }),
    ]);
  }
  await recordEdit(sql, actor, {
    action: 'care.visit.edit',
    entity: 'care_visit',
    entityId: v.id,
    orgId: v.orgId,
    changes,
  });
  return changes;
}
