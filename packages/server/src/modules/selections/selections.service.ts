import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { IdProtector } from '../people/index.ts';
import { getPanel, listPanels, scoreIn } from './judging.service.ts';
import {
  getAttachment,
  listNominations,
  listSelfNominations,
  nominateIn,
  nominateSelfIn,
} from './nominations.service.ts';
import { getNotice, listNotices, lodgeObjection } from './notice.service.ts';
import {
  decideObjectionIn,
  finaliseIn,
  getRanking,
  listObjections,
  publishNoticeIn,
} from './results.service.ts';
import {
  addJudgeIn,
  closeNominationsIn,
  createSelectionIn,
  getSelectionDetail,
  listSelections,
} from './selection-admin.service.ts';
import { createSelectionImport } from './selections.import.ts';
import { getSelectionStats } from './selections.stats.ts';
import type { JudgeInput, NominationInput, ObjectionInput, SelectionInput } from './selections.types.ts';

/**
 * The selections use cases over one database. Each write runs in one transaction with its audit row;
 * `clock` dates nominations, notices, objections and final results (a notice, an objection's decision and the
 * final results may be given a past day, ADR 40), and tests may fix it.
 */
export function createSelectionsService(db: Db, ids: IdProtector, clock: Clock) {
  const today = () => todayInChina(clock());
  return {
    listSelections: (actor: Actor, q: { status?: 'nominating' | 'judging' | 'notice' | 'final' }) =>
      listSelections(db, actor, q),
    getSelection: (actor: Actor, id: number) => getSelectionDetail(db, actor, id),
    async createSelection(actor: Actor, input: SelectionInput) {
      const id = await db.tx((sql) => createSelectionIn(sql, actor, input));
      return getSelectionDetail(db, actor, id);
    },
    async closeNominations(actor: Actor, id: number, effectiveOn?: string | null) {
      await db.tx((sql) => closeNominationsIn(sql, actor, id, effectiveOn, clock()));
      return getSelectionDetail(db, actor, id);
    },
    async addJudge(actor: Actor, id: number, input: JudgeInput) {
      await db.tx((sql) => addJudgeIn(sql, actor, id, input));
      return getSelectionDetail(db, actor, id);
    },
    nominate: (actor: Actor, id: number, input: NominationInput) =>
      db.tx(async (sql) => ({ id: await nominateIn(sql, actor, id, input, clock()) })),
    nominateSelf: (actor: Actor, id: number, input: Omit<NominationInput, 'personId'>) =>
      db.tx(async (sql) => ({ id: await nominateSelfIn(sql, actor, id, input, clock()) })),
    listNominations: (actor: Actor, id: number) => listNominations(db, actor, id),
    listSelfNominations: (actor: Actor) => listSelfNominations(db, actor, today()),
    getAttachment: (actor: Actor, id: number) => getAttachment(db, actor, id),
    listPanels: (actor: Actor) => listPanels(db, actor),
    getPanel: (actor: Actor, id: number) => getPanel(db, actor, id),
    score: (actor: Actor, nominationId: number, scores: { criterionId: number; score: number }[]) =>
      db.tx((sql) => scoreIn(sql, actor, nominationId, scores)),
    getRanking: (actor: Actor, id: number) => getRanking(db, actor, id),
    async publishNotice(actor: Actor, id: number, input: { from?: string | null; days?: number }) {
      const now = clock();
      await db.tx((sql) => publishNoticeIn(sql, actor, id, input, todayInChina(now), now));
      return getSelectionDetail(db, actor, id);
    },
    listObjections: (actor: Actor, id: number) => listObjections(db, actor, id),
    async decideObjection(
      actor: Actor,
      objectionId: number,
      input: { outcome: 'upheld' | 'dismissed'; decision: string; effectiveOn?: string | null },
    ) {
      await db.tx((sql) => decideObjectionIn(sql, actor, objectionId, input, clock()));
      return { ok: true as const };
    },
    async finalise(actor: Actor, id: number, effectiveOn?: string | null) {
      const now = clock();
      await db.tx((sql) => finaliseIn(sql, actor, id, todayInChina(now), { effectiveOn, now }));
      return getSelectionDetail(db, actor, id);
    },
    listNotices: () => listNotices(db, today()),
    getNotice: (id: number) => getNotice(db, id, today()),
    lodgeObjection: (id: number, input: ObjectionInput, ip: string) =>
      lodgeObjection(db, ids, id, input, ip, clock()),
    getStats: (actor: Actor, q: Parameters<typeof getSelectionStats>[2]) =>
      getSelectionStats(db, actor, q, todayInChina(clock())),
    /** The register of past results (评选表彰结果台账): template, dry run and import (ADR 41). */
    register: createSelectionImport(db, ids, clock),
  };
}

export type SelectionsService = ReturnType<typeof createSelectionsService>;
