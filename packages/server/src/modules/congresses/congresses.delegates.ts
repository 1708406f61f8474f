import { type Actor, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { findPersonById } from '../people/index.ts';
import type { CongressContext } from './congresses.context.ts';
import { DELEGATE, DELEGATION, err } from './congresses.errors.ts';
import {
  endDelegate,
  findDelegate,
  findDelegation,
  insertDelegates,
  insertDelegation,
  insertTerm,
} from './congresses.repository.ts';
import type { DelegateCategory } from './congresses.vocabulary.ts';

/** Terms, delegations and their delegates: elected on their day with the proportions checked, and replaced. */
export function createDelegateUseCases(ctx: CongressContext) {
  const { db, congressIn, termIn, dayOf } = ctx;

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

  return {
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
  };
}
