import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { findPersonById, findPersonNames } from '../people/index.ts';
import { createCongressContext } from './congresses.context.ts';
import { DELEGATE, DELEGATION, err } from './congresses.errors.ts';
import { createHandlingUseCases } from './congresses.handling.ts';
import { createMeUseCases } from './congresses.me.ts';
import { checkProportions } from './congresses.proportions.ts';
import { createProposalUseCases } from './congresses.proposals.ts';
import {
  type DelegateCategory,
  endDelegate,
  findDelegate,
  findDelegation,
  insertCongress,
  insertDelegates,
  insertDelegation,
  insertTerm,
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
export const DEFAULT_SETTINGS: Settings = {
  frontlineMinPct: 50,
  managerMaxPct: 20,
  cosignMin: 2,
  answerDays: 15,
};

export interface CongressInput extends Partial<Settings> {
  orgId: number;
  name: string;
  kind?: 'congress' | 'assembly';
}

export function createCongressesService(db: Db, clock: Clock) {
  const ctx = createCongressContext(db, clock);
  const { congressIn, termIn, dayOf } = ctx;
  const stats = createStatsUseCases(ctx);

  /** A member the staff act for: in the actor's subtree (anyone else is not found). */
  async function memberInScope(sql: Sql, actor: Actor, personId: number, within: string) {
    const person = await findPersonById(sql, personId);
    if (!person?.orgPath || !canAccess(actor, 'congresses.manage', { orgPath: person.orgPath }))
      throw notFound({ zh: '会员', en: 'Member' });
    if (!person.orgPath.startsWith(within))
      throw err(
        'invalid',
        'CONGRESS_MEMBER_OUTSIDE',
        `${person.name}不是本代表团所属工会的会员`,
        `${person.name} is not a member of the delegation's union`,
        'personId',
      );
    return person;
  }

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
        const id = orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'congresses.read', { orgPath: path });
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

    async addTerm(actor: Actor, congressId: number, t: { number: number; startsOn: string; endsOn: string }) {
      return db.tx(async (sql) => {
        const c = await congressIn(sql, actor, congressId, 'congresses.manage');
        if (t.endsOn < t.startsOn)
          throw err(
            'invalid',
            'CONGRESS_TERM_DATES',
            '届期结束日不能早于开始日',
            'A term cannot end before it starts',
            'endsOn',
          );
        const id = await insertTerm(sql, { congressId, ...t });
        if (!id)
          throw err(
            'conflict',
            'CONGRESS_TERM_EXISTS',
            `第${t.number}届已存在`,
            `Term ${t.number} already exists`,
            'number',
          );
        await recordAudit(sql, actor, {
          action: 'congress.term.create',
          entity: 'congress',
          entityId: congressId,
          orgId: c.orgId,
          after: t,
        });
        return { id };
      });
    },

    async addDelegation(actor: Actor, termId: number, d: { orgId: number; name: string }) {
      return db.tx(async (sql) => {
        const { congress } = await termIn(sql, actor, termId, 'congresses.manage');
        const org = await getOrgInScope(sql, actor, d.orgId);
        if (!org.path.startsWith(congress.orgPath))
          throw err(
            'invalid',
            'CONGRESS_DELEGATION_OUTSIDE',
            `${org.name}不属于${congress.orgName}`,
            `${org.name} is not part of ${congress.orgName}`,
            'orgId',
          );
        const id = await insertDelegation(sql, { termId, orgId: org.id, name: d.name.trim() });
        if (!id)
          throw err(
            'conflict',
            'CONGRESS_DELEGATION_EXISTS',
            `代表团（组）“${d.name.trim()}”已存在`,
            `Delegation “${d.name.trim()}” already exists`,
            'name',
          );
        await recordAudit(sql, actor, {
          action: 'congress.delegation.create',
          entity: 'congress',
          entityId: congress.id,
          orgId: congress.orgId,
          after: d,
        });
        return { id };
      });
    },

    /** Delegates elected by a delegation, on the election day (default today). */
    async electDelegates(
      actor: Actor,
      delegationId: number,
      input: { delegates: { personId: number; category: DelegateCategory }[]; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const g = await findDelegation(sql, delegationId);
        if (!g) throw notFound(DELEGATION);
        const { term, congress } = await termIn(sql, actor, g.termId, 'congresses.manage');
        const electedOn = dayOf(actor, input.effectiveOn, { zh: '选举', en: 'election' });
        if (electedOn > term.endsOn)
          throw err(
            'invalid',
            'CONGRESS_AFTER_TERM',
            `选举日期晚于本届届期（至${term.endsOn}）`,
            `The election is after the term's end (${term.endsOn})`,
            'effectiveOn',
          );
        const rows = [];
        for (const d of input.delegates) {
          const p = await memberInScope(sql, actor, d.personId, g.orgPath);
          rows.push({
            termId: term.id,
            delegationId: g.id,
            personId: p.id,
            orgId: p.orgId as number,
            category: d.category,
            isFemale: p.gender === 'female',
            electedOn,
          });
        }
        const ids = await insertDelegates(sql, rows);
        if (ids.length < rows.length)
          throw err(
            'conflict',
            'CONGRESS_ALREADY_DELEGATE',
            '名单中有人已是本届职工代表',
            'Someone on the list is already a delegate of this term',
            'delegates',
          );
        await recordAudit(sql, actor, {
          action: 'congress.delegates.elect',
          entity: 'congress',
          entityId: congress.id,
          orgId: congress.orgId,
          after: { delegationId, personIds: rows.map((r) => r.personId), electedOn },
        });
        return { ids };
      });
    },

    /**
     * A delegate leaves the seat on a day, for a reason (调离, 退休, 罢免 …); a successor, when named, is elected to
     * the same delegation on that day. The old seat keeps who, when and why.
     */
    async replaceDelegate(
      actor: Actor,
      id: number,
      input: { reason: string; personId?: number; category?: DelegateCategory; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const d = await findDelegate(sql, id, true);
        if (!d) throw notFound(DELEGATE);
        const { term, congress } = await termIn(sql, actor, d.termId, 'congresses.manage');
        if (d.endedOn)
          throw err(
            'conflict',
            'CONGRESS_DELEGATE_ENDED',
            '该代表已不在任',
            'This delegate no longer holds the seat',
          );
        const on = dayOf(actor, input.effectiveOn, { zh: '替补', en: 'replacement' }, [
          { day: d.electedOn, name: { zh: '当选日期', en: 'election day' } },
        ]);
        let replacedBy: number | null = null;
        if (input.personId) {
          const g = (await findDelegation(sql, d.delegationId)) as NonNullable<
            Awaited<ReturnType<typeof findDelegation>>
          >;
          const p = await memberInScope(sql, actor, input.personId, g.orgPath);
          const [newId] = await insertDelegates(sql, [
            {
              termId: term.id,
              delegationId: d.delegationId,
              personId: p.id,
              orgId: p.orgId as number,
              category: input.category ?? d.category,
              isFemale: p.gender === 'female',
              electedOn: on,
            },
          ]);
          if (!newId)
            throw err(
              'conflict',
              'CONGRESS_ALREADY_DELEGATE',
              `${p.name}已是本届职工代表`,
              `${p.name} is already a delegate of this term`,
              'personId',
            );
          replacedBy = newId;
        }
        await endDelegate(sql, id, { endedOn: on, reason: input.reason.trim(), replacedBy });
        await recordAudit(sql, actor, {
          action: 'congress.delegate.replace',
          entity: 'congress',
          entityId: congress.id,
          orgId: congress.orgId,
          before: { delegateId: id, personId: d.personId },
          after: { on, reason: input.reason, personId: input.personId ?? null },
        });
        return { id: replacedBy };
      });
    },

    ...createSessionUseCases(ctx),
    ...createProposalUseCases(ctx),
    ...createHandlingUseCases(ctx),
    ...createVoteUseCases(ctx),
    ...stats,
    ...createStatsExport(ctx, stats),
    ...createMeUseCases(ctx),
  };
}

export type CongressesService = ReturnType<typeof createCongressesService>;
