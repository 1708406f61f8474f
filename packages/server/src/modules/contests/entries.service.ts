import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findOrgById } from '../org/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { contestErrors } from './contests.errors.ts';
import {
  countUnionEntries,
  deleteEntry,
  findEnteredPersons,
  findEntry,
  findMembers,
  insertEntry,
  listEntries,
} from './contests.repository.ts';
import { getContest } from './contests.service.ts';
import { type ContestDetail, type EntryRow, SUBJECTS } from './contests.types.ts';

const ENTRY = { zh: '报名', en: 'Entry' };

export interface EntryInput {
  eventId: number;
  orgId: number;
  name?: string | null;
  personIds: number[];
  /** The day it was registered, default today; a past day (补录) needs `history.backdate` (ADR 40). */
  effectiveOn?: string | null;
}

/**
 * The counts an entry adds (sign +1) or takes back (−1): the entry by mode and level, its persons, and the
 * union as a participant when it is the union's first (or last) entry in the contest.
 */
function participation(
  contest: ContestDetail,
  entry: { orgId: number; mode: string; persons: number },
  firstOrLast: boolean,
  sign: 1 | -1,
): CountDelta[] {
  const base = { orgId: entry.orgId, on: contest.endsOn };
  return [
    { ...base, subject: SUBJECTS.entries, dim: entry.mode, dim2: contest.level, n: sign },
    { ...base, subject: SUBJECTS.people, dim: contest.level, n: sign * entry.persons },
    ...(firstOrLast ? [{ ...base, subject: SUBJECTS.units, dim: contest.level, n: sign }] : []),
  ];
}

async function checkPersons(sql: Sql, unionPath: string, eventId: number, personIds: number[]) {
  const members = await findMembers(sql, personIds);
  if (members.length !== personIds.length) throw contestErrors.personUnknown();
  for (const m of members) {
    if (!m.orgPath?.startsWith(unionPath)) throw contestErrors.personOutside(m.name);
  }
  const entered = await findEnteredPersons(sql, eventId, personIds);
  if (entered.length) throw contestErrors.alreadyEntered(entered.join('、'));
}

/**
 * Registers an entry for a union of the actor's subtree, in the caller's transaction. The contest row is
 * locked, so the limits per union and per event hold when unions register at once; a person enters an event
 * once.
 */
export async function registerInTx(
  sql: Sql,
  actor: Actor,
  contestId: number,
  input: EntryInput,
  now: Date,
): Promise<number> {
  const contest = await getContest(sql, contestId, true);
  const union = await findOrgById(sql, input.orgId);
  if (!union) throw notFound({ zh: '工会', en: 'Union' }, { id: input.orgId });
  requireAccess(actor, 'contests.enter', { orgPath: union.path });
  requireAccess(actor, 'contests.read', { offeredBy: contest.orgPath });
  if (!union.path.startsWith(contest.orgPath)) throw contestErrors.unionOutsideContest();
  if (contest.status !== 'open') throw contestErrors.notOpen();
  // An entry of a past contest is registered on its day (补录); it is counted with the contest, on its last day.
  const { day } = effectiveDay(actor, input.effectiveOn, { zh: '报名', en: 'entry' }, [], { now });
  const event = contest.events.find((e) => e.id === input.eventId);
  if (!event) throw contestErrors.eventNotInContest();
  const personIds = [...new Set(input.personIds)];
  const count = personIds.length;
  const fits =
    event.mode === 'individual'
      ? count === 1
      : event.mode === 'team'
        ? count >= 2 && count <= (event.teamSize ?? 50)
        : count === 0;
  if (!fits) throw contestErrors.membersForMode(event.mode, event.teamSize);
  const name = input.name ? input.name.trim() : '';
  if (event.mode !== 'individual' && !name) throw contestErrors.nameRequired();
  if (count) await checkPersons(sql, union.path, event.id, personIds);
  const held = await countUnionEntries(sql, contestId, union.id, event.id);
  if (contest.limitPerUnion !== null && held.all >= contest.limitPerUnion) {
    throw contestErrors.unionLimit(contest.limitPerUnion);
  }
  if (event.limitPerUnion !== null && held.event >= event.limitPerUnion) {
    throw contestErrors.eventLimit(event.name, event.limitPerUnion);
  }
  const id = await insertEntry(sql, {
    contestId,
    eventId: event.id,
    orgId: union.id,
    name: event.mode === 'individual' ? null : name,
    personIds,
    createdBy: actor.userId || null,
    enteredOn: day,
  });
  await addCounts(
    sql,
    participation(contest, { orgId: union.id, mode: event.mode, persons: count }, held.all === 0, 1),
  );
  await recordAudit(sql, actor, {
    action: 'contest_entry.create',
    entity: 'contest_entry',
    entityId: id,
    orgId: union.id,
    after: { contestId, event: event.name, name: name || null, personIds, enteredOn: day },
  });
  return id;
}

export function createEntryUseCases(db: Db, clock: Clock) {
  return {
    /** A contest's entries from the unions of the actor's subtree (the organiser's staff see them all). */
    async listEntries(actor: Actor, contestId: number, q: { eventId?: number } = {}): Promise<EntryRow[]> {
      const contest = await getContest(db, contestId);
      requireAccess(actor, 'contests.read', { offeredBy: contest.orgPath });
      return listEntries(db, contestId, actor, q);
    },

    /** Registers an entry (see registerInTx). */
    async registerEntry(actor: Actor, contestId: number, input: EntryInput): Promise<EntryRow> {
      const id = await db.tx((sql) => registerInTx(sql, actor, contestId, input, clock()));
      return (await findEntry(db, id)) as EntryRow;
    },

    /** Withdraws an entry while registration is open. */
    async withdrawEntry(actor: Actor, entryId: number): Promise<void> {
      await db.tx(async (sql) => {
        const found = await findEntry(sql, entryId);
        if (!found) throw notFound(ENTRY, { id: entryId });
        requireAccess(actor, 'contests.enter', { orgPath: found.orgPath });
        const contest = await getContest(sql, found.contestId, true);
        if (contest.status !== 'open') throw contestErrors.notOpen();
        await deleteEntry(sql, entryId);
        const left = await countUnionEntries(sql, contest.id, found.orgId, found.eventId);
        const entry = { orgId: found.orgId, mode: found.mode, persons: found.members.length };
        await addCounts(sql, participation(contest, entry, left.all === 0, -1));
        await recordAudit(sql, actor, {
          action: 'contest_entry.withdraw',
          entity: 'contest_entry',
          entityId: entryId,
          orgId: found.orgId,
          before: {
            contestId: contest.id,
            event: found.eventName,
            name: found.name,
            personIds: found.members.map((m) => m.personId),
          },
        });
      });
    },
  };
}
