import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { findPersonById } from '../people/index.ts';
import { evaluateRule, loadFacts } from '../programs/index.ts';
import { addCounts } from '../reporting/index.ts';
import { BATCH, batchToManage, KIND_EN, KIND_ZH, type WellnessContext } from './wellness.context.ts';
import { wellnessErrors as E } from './wellness.errors.ts';
import { findProgram, type ProgramRow } from './wellness.programs.repository.ts';
import {
  type BatchRow,
  endNomination,
  findAllocation,
  findAllocationById,
  findBatch,
  findNomination,
  insertNomination,
  servedSince,
  setReplacedBy,
  takeQuota,
  upsertAllocation,
  withdrawNomination,
} from './wellness.repository.ts';
import { findPersonNomination } from './wellness.worker.repository.ts';

const NOMINATION = { zh: '推荐', en: 'Nomination' };
const DAYS = {
  allocation: { zh: '名额分配', en: 'allocation' },
  nomination: { zh: '推荐', en: 'nomination' },
  substitution: { zh: '替换', en: 'substitution' },
  withdrawal: { zh: '退出', en: 'withdrawal' },
  allocated: { zh: '本工会名额分配日期', en: "day the union's places were given" },
  nominated: { zh: '推荐日期', en: 'nomination date' },
};

/**
 * A batch's places given out: a quota per lower union, nominations on it and substitution until the batch closes.
 * Each takes the day it happened (ADR 40, issue 42): a closed batch still takes a past day on or before its closing
 * day from a role that may record the past, so last year's batch is entered after it closed (ADR 55).
 */
export function createNominations({ db, clock }: WellnessContext) {
  return {
    /** Gives a lower union a quota of the batch's places (or changes it: never below what it has nominated). */
    async allocate(actor: Actor, id: number, input: { orgId: number; quota: number; effectiveOn?: string }) {
      return db.tx(async (sql) => {
        const b = await batchToManage(sql, actor, id, true);
        if (b.status === 'settled') throw E.settled();
        const { day } = effectiveDay(actor, input.effectiveOn, DAYS.allocation, [], { now: clock() });
        const org = await getOrgInScope(sql, actor, input.orgId);
        if (!org.path.startsWith(b.orgPath)) throw E.notLower();
        const current = await findAllocation(sql, b.id, org.id);
        if (current && input.quota < current.used) throw E.belowUsed(current.used);
        const left = b.places - b.allocated + (current?.quota ?? 0);
        if (input.quota > left) throw E.overAllocated(left);
        await upsertAllocation(sql, b.id, org.id, input.quota, day);
        await addCounts(sql, [
          {
            subject: 'wellness.allocated',
            orgId: org.id,
            on: b.startsOn,
            dim: b.kind,
            n: input.quota - (current?.quota ?? 0),
          },
        ]);
        await recordAudit(sql, actor, {
          action: 'wellness.allocate',
          entity: 'wellness_batch',
          entityId: b.id,
          orgId: org.id,
          before: current ? { quota: current.quota } : undefined,
          after: { quota: input.quota, on: day },
        });
        return { ok: true as const };
      });
    },

    /**
     * A lower union nominates a member of its subtree on its quota: eligible by the program's rule, not served in
     * the last N years, the quota never exceeded (a guarded counter, whatever arrives at once).
     */
    async nominate(
      actor: Actor,
      id: number,
      input: { orgId: number; personId: number; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const b = await findBatch(sql, id);
        if (!b) throw notFound(BATCH);
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'wellness.nominate', { orgPath: org.path });
        if (b.status === 'settled') throw E.settled();
        const alloc = await findAllocation(sql, b.id, org.id);
        if (!alloc) throw E.noAllocation();
        const { day } = effectiveDay(
          actor,
          input.effectiveOn,
          DAYS.nomination,
          [{ day: alloc.allocatedOn, name: DAYS.allocated }],
          { now: clock() },
        );
        if (day > b.closesOn) throw E.closed(b.closesOn, input.effectiveOn && day);
        const p = (await findProgram(sql, b.programId)) as ProgramRow;
        if (!(await takeQuota(sql, alloc.id))) throw E.quotaFull(alloc.quota);
        const nominationId = await nominateIn(sql, b, p, alloc.id, input.personId, day);
        await recordAudit(sql, actor, {
          action: 'wellness.nominate',
          entity: 'wellness_batch',
          entityId: b.id,
          orgId: org.id,
          after: { personId: input.personId, on: day },
        });
        return { id: nominationId };
      });
    },

    /**
     * On or before the batch's closing day: another worker takes the nominee's place (or the place is given back),
     * not before the nominee was nominated.
     */
    async endNomination(
      actor: Actor,
      nominationId: number,
      input: { replaceWith?: number; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const n = await findNomination(sql, nominationId, true);
        if (!n) throw notFound(NOMINATION);
        requireAccess(actor, 'wellness.nominate', { orgPath: n.orgPath });
        if (n.status !== 'nominated') throw E.nominationGone();
        const b = (await findBatch(sql, n.batchId)) as BatchRow;
        if (b.status === 'settled') throw E.settled();
        const { day } = effectiveDay(
          actor,
          input.effectiveOn,
          input.replaceWith ? DAYS.substitution : DAYS.withdrawal,
          [{ day: n.nominatedOn, name: DAYS.nominated }],
          { now: clock() },
        );
        if (day > b.closesOn) throw E.closed(b.closesOn, input.effectiveOn && day);
        let replacement: number | null = null;
        if (input.replaceWith) {
          const p = (await findProgram(sql, b.programId)) as ProgramRow;
          // the quota's place passes from one worker to the other: the counter does not move
          await endNomination(sql, n.id, 'replaced', null, day);
          replacement = await nominateIn(sql, b, p, n.allocationId, input.replaceWith, day);
          await setReplacedBy(sql, n.id, replacement);
        } else {
          await withdrawNomination(sql, n, day);
        }
        // a batch already over is history entered: nobody is told of it
        if (b.endsOn >= todayInChina(clock()))
          await notifyPerson(sql, n.personId, {
            kind: 'wellness.withdrawn',
            title: { zh: `${b.title}：您的名额已调整`, en: `${b.title}: your place was changed` },
            body: {
              zh: `${n.orgName}调整了本批次名单，您不再参加本批次。`,
              en: `${n.orgName} changed the list; you are no longer on this batch.`,
            },
            link: '/m/wellness',
            entity: 'wellness_batch',
            entityId: b.id,
          });
        await recordAudit(sql, actor, {
          action: replacement ? 'wellness.substitute' : 'wellness.withdraw',
          entity: 'wellness_batch',
          entityId: b.id,
          orgId: n.orgId,
          before: { personId: n.personId },
          after: replacement ? { personId: input.replaceWith, on: day } : { on: day },
        });
        return { id: replacement };
      });
    },
  };

  async function nominateIn(
    sql: Sql,
    b: BatchRow,
    p: ProgramRow,
    allocationId: number,
    personId: number,
    on: string,
  ): Promise<number> {
    const alloc = await findAllocationById(sql, allocationId);
    if (!alloc) throw E.noAllocation();
    const person = await findPersonById(sql, personId);
    if (!person?.orgPath?.startsWith(alloc.orgPath) || !person.orgId) throw E.notMember(person?.name ?? '');
    if (p.rule) {
      const decision = evaluateRule(
        p.rule,
        await loadFacts(sql, { personId, ownerPath: p.orgPath, asOf: on }),
      );
      if (!decision.eligible) {
        const failed = decision.outcomes.filter((o) => !o.held);
        throw invalid('WELLNESS_NOT_ELIGIBLE', {
          zh: `${person.name}不符合条件：${failed.map((o) => o.text.zh).join('；')}`,
          en: `${person.name} does not meet the conditions: ${failed.map((o) => o.text.en).join('; ')}`,
        });
      }
    }
    if (p.gapYears > 0) {
      const since = `${Number(b.startsOn.slice(0, 4)) - p.gapYears}${b.startsOn.slice(4)}`;
      const last = await servedSince(sql, personId, p.kind, since, b.id);
      if (last) throw E.servedRecently(person.name, last, p.gapYears);
    }
    if (await findPersonNomination(sql, b.id, personId)) throw E.duplicate(person.name);
    const id = await insertNomination(sql, {
      batchId: b.id,
      allocationId,
      orgId: alloc.orgId,
      personId,
      nominatedOn: on,
      frontLine: person.isFrontLine,
      newEmployment: person.isNewEmployment,
    });
    if (!id) throw E.duplicate(person.name);
    // a batch already over is history entered: nobody is told of it
    if (b.endsOn < todayInChina(clock())) return id;
    await notifyPerson(sql, personId, {
      kind: 'wellness.nominated',
      title: {
        zh: `您已被推荐参加${KIND_ZH[p.kind]}：${b.title}`,
        en: `You are nominated for ${KIND_EN[p.kind]}: ${b.title}`,
      },
      body: {
        zh: `${b.startsOn}至${b.endsOn}，${b.institutionName}。${b.bring ? `请携带：${b.bring}` : ''}`,
        en: `${b.startsOn} to ${b.endsOn}, ${b.institutionName}.${b.bring ? ` Bring: ${b.bring}` : ''}`,
      },
      link: '/m/wellness',
      entity: 'wellness_batch',
      entityId: b.id,
    });
    return id;
  }
}
