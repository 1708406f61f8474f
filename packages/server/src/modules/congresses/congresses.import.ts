import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { defineRegister } from '../../shared/register-define.ts';
import { addCounts } from '../reporting/index.ts';
import { err } from './congresses.errors.ts';
import { type CongressImportPlan, planCongressRows } from './congresses.import.plan.ts';
import { CONGRESS_REGISTER } from './congresses.register.ts';
import { DEFAULT_SETTINGS, insertCongress, insertSession, insertTerm } from './congresses.repository.ts';
import { sessionHeld } from './congresses.sessions.ts';

export interface CongressImportCounts {
  /** Sessions added. */
  created: number;
  /** Rows giving a session on record as it stands (a register sent again): skipped. */
  onRecord: number;
  /** Congresses set up for unions that had none. */
  congresses: number;
  /** Terms added. */
  terms: number;
}

/**
 * The congresses' register (职代会届次与会议) brought in: the past sessions of each enterprise union's congress, with
 * their terms, so that the statistics of past years count the congresses (from their first term's start) and their
 * sessions held on time (each on its day, as a session added on the congress's page counts: `sessionHeld`). A
 * union without a congress gets one with the default settings; an imported session's proposal window is its day.
 * Nobody is told; all rows or none.
 */
export function createCongressImport(db: Db, clock: Clock) {
  return defineRegister(db, clock, {
    spec: CONGRESS_REGISTER,
    permission: 'congresses.manage',
    plan: (rows, errors, { actor }) => db.tx((sql) => planCongressRows(sql, actor, rows, errors)),
    counts: (p): CongressImportCounts => ({
      created: p.sessions.length,
      onRecord: p.onRecord,
      congresses: p.congresses.filter((c) => !c.id).length,
      terms: p.terms.filter((t) => !t.id).length,
    }),
    unionsOf: (p) => p.sessions.map((s) => s.orgId),
    dryRunExtras: {},
    write: async (sql, plan, _counts, { actor }) => {
      await writeSessions(sql, actor, plan);
      return {};
    },
    audit: { action: 'congress.import', entity: 'congress' },
  });
}

/** A congress, term or session added on its page while the register was read: refused whole, never guessed at. */
const changed = () =>
  err(
    'conflict',
    'CONGRESS_REGISTER_CHANGED',
    '预检后职代会的届次或会议有变动，请重新预检后再导入',
    "The congresses' terms or sessions changed after the check; check the file again, then import it",
  );

/**
 * The congresses set up and the terms added that the new sessions need, then the sessions, each counted on its day
 * by the rule the congress's page counts by.
 */
async function writeSessions(sql: Sql, actor: Actor, plan: CongressImportPlan) {
  const congressOf = new Map<number, number>();
  for (const c of plan.congresses) {
    const id =
      c.id ??
      (await insertCongress(sql, {
        ...DEFAULT_SETTINGS,
        orgId: c.orgId,
        name: c.name,
        kind: c.kind,
        createdBy: actor.userId || null,
      }));
    if (!id) throw changed();
    congressOf.set(c.orgId, id);
  }
  const termOf = new Map<string, number>();
  for (const t of plan.terms) {
    const id =
      t.id ??
      (await insertTerm(sql, {
        congressId: congressOf.get(t.orgId) as number,
        number: t.number,
        startsOn: t.startsOn,
        endsOn: t.endsOn,
      }));
    if (!id) throw changed();
    termOf.set(`${t.orgId}|${t.number}`, id);
  }
  for (const s of plan.sessions) {
    const id = await insertSession(sql, {
      termId: termOf.get(`${s.orgId}|${s.term}`) as number,
      number: s.number,
      title: s.title,
      heldOn: s.heldOn,
      // a session of the past takes no more proposals: its window is the day it was held
      proposalsFrom: s.heldOn,
      proposalsUntil: s.heldOn,
    });
    if (!id) throw changed();
  }
  await addCounts(
    sql,
    plan.sessions.map((s) => sessionHeld(s.orgId, s.heldOn)),
  );
}
