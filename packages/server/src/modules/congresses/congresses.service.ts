import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope, subtreeAsked } from '../org/index.ts';
import { findPersonNames } from '../people/index.ts';
import { type CongressContext, createCongressContext } from './congresses.context.ts';
import { createDelegateUseCases } from './congresses.delegates.ts';
import { err } from './congresses.errors.ts';
import { createHandlingUseCases } from './congresses.handling.ts';
import { createCongressImport } from './congresses.import.ts';
import { createMeUseCases } from './congresses.me.ts';
import { checkProportions } from './congresses.proportions.ts';
import { createProposalUseCases } from './congresses.proposals.ts';
import {
  DEFAULT_SETTINGS,
  insertCongress,
  listCongresses,
  listDelegates,
  listDelegations,
  listSessions,
  listTerms,
  updateCongressSettings,
} from './congresses.repository.ts';
import { createSessionUseCases } from './congresses.sessions.ts';
import { createStatsUseCases } from './congresses.stats.ts';
import { createStatsExport } from './congresses.stats-export.ts';
import { createVoteUseCases } from './congresses.votes.ts';

/**
 * Workers' congresses (职工代表大会 / 职工大会, issue 28): a congress per enterprise union with its terms (届), the
 * delegates elected per delegation with the legal proportions checked (warnings with the figures), replacements
 * that keep who, when and why, sessions (次) with attendance. Proposals, votes, 厂务公开 and the statistics are
 * in their own files; counts in the reporting layer are listed in congresses.stats.ts.
 */
export interface Settings {
  frontlineMinPct: number;
  managerMaxPct: number;
  cosignMin: number;
  answerDays: number;
}

export interface CongressInput extends Partial<Settings> {
  orgId: number;
  name: string;
  kind?: 'congress' | 'assembly';
}

/** Congresses: opening one with its settings, listing them, and one with its terms, delegations and sessions. */
export function createCongressUseCases(ctx: CongressContext) {
  const { db, congressIn } = ctx;

  async function roster(sql: Sql, termId: number) {
    const delegates = await listDelegates(sql, termId);
    const names = await findPersonNames(
      sql,
      delegates.map((d) => d.personId),
    );
    return delegates.map((d) => ({ ...d, name: names.get(d.personId) ?? '' }));
  }

  return {
    async createCongress(actor: Actor, input: CongressInput) {
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'congresses.manage', { orgPath: org.path });
        const s = { ...DEFAULT_SETTINGS, ...input };
        const id = await insertCongress(sql, {
          orgId: org.id,
          name: input.name.trim(),
          kind: input.kind ?? 'congress',
          frontlineMinPct: s.frontlineMinPct,
          managerMaxPct: s.managerMaxPct,
          cosignMin: s.cosignMin,
          answerDays: s.answerDays,
          createdBy: actor.userId || null,
        });
        if (!id)
          throw err(
            'conflict',
            'CONGRESS_EXISTS',
            `${org.name}已建立职代会`,
            `${org.name} already has a congress`,
            'orgId',
          );
        await recordAudit(sql, actor, {
          action: 'congress.create',
          entity: 'congress',
          entityId: id,
          orgId: org.id,
          after: { name: input.name, kind: input.kind ?? 'congress' },
        });
        return { id };
      });
    },

    async updateSettings(actor: Actor, id: number, s: Settings) {
      return db.tx(async (sql) => {
        const c = await congressIn(sql, actor, id, 'congresses.manage');
        await updateCongressSettings(sql, id, s);
        await recordAudit(sql, actor, {
          action: 'congress.settings',
          entity: 'congress',
          entityId: id,
          orgId: c.orgId,
          before: {
            frontlineMinPct: c.frontlineMinPct,
            managerMaxPct: c.managerMaxPct,
            cosignMin: c.cosignMin,
            answerDays: c.answerDays,
          },
          after: s,
        });
        return { ok: true as const };
      });
    },

    async listCongresses(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, orgId, 'congresses.read');
        return (await listCongresses(sql, path)).map(({ workerCount: _w, womenWorkerCount: _ww, ...c }) => c);
      });
    },

    /**
     * A congress with its terms and, for one term (the latest unless asked), its delegations, the roster (those
     * who left with who replaced them, when and why; the read audited), the legal proportions of the delegates
     * now seated with a warning for each shortfall, and its sessions.
     */
    async getCongress(actor: Actor, id: number, termId?: number) {
      return db.tx(async (sql) => {
        const c = await congressIn(sql, actor, id, 'congresses.read');
        const terms = await listTerms(sql, id);
        const term = termId ? terms.find((t) => t.id === termId) : terms[0];
        if (termId && !term) throw notFound({ zh: '届次', en: 'Term' });
        const delegates = term ? await roster(sql, term.id) : [];
        const seated = delegates.filter((d) => d.endedOn === null);
        const proportions = checkProportions(seated, c, {
          workers: c.workerCount,
          women: c.womenWorkerCount,
        });
        const sessions = (await listSessions(sql, id)).filter((s) => !term || s.termId === term.id);
        if (delegates.length)
          await recordAudit(sql, actor, {
            action: 'congress.roster.read',
            entity: 'congress',
            entityId: id,
            orgId: c.orgId,
            after: { termId: term?.id, rows: delegates.length },
          });
        const { workerCount: _w, womenWorkerCount: _ww, ...congress } = c;
        return {
          ...congress,
          terms,
          termId: term?.id ?? null,
          delegations: term ? await listDelegations(sql, term.id) : [],
          delegates,
          proportions,
          sessions,
        };
      });
    },
  };
}

export function createCongressesService(db: Db, clock: Clock) {
  const ctx = createCongressContext(db, clock);
  const stats = createStatsUseCases(ctx);

  return {
    ...createCongressUseCases(ctx),
    ...createDelegateUseCases(ctx),
    ...createSessionUseCases(ctx),
    ...createProposalUseCases(ctx),
    ...createHandlingUseCases(ctx),
    ...createVoteUseCases(ctx),
    ...stats,
    ...createStatsExport(ctx, stats),
    ...createMeUseCases(ctx),
    register: createCongressImport(db, clock),
  };
}

export type CongressesService = ReturnType<typeof createCongressesService>;
