import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { listEdits, recordAudit } from '../audit/index.ts';
import { findOrgById } from '../org/index.ts';
import { findPersonById } from '../people/index.ts';
import { type Completion, type PromiseInput, promisePledge } from './pledges.counts.ts';
import { applyPledgeEdit, type EditPledgeInput } from './pledges.edit.ts';
import { pledgeErrors } from './pledges.errors.ts';
import { createPledgeImport } from './pledges.import.ts';
import { cancelPledgeOn, completePledgeWith, markPledgeMilestone, trimOrNull } from './pledges.progress.ts';
import {
  findEvidence,
  findPledge,
  insertEvidence,
  listEvidence,
  listMilestones,
  listPledges,
  PLEDGES_CAP,
  type PledgeRow,
  present,
} from './pledges.repository.ts';
import { exportPledgeStats, getPledgeStats, type PledgeStatsInput } from './pledges.stats.ts';
import type { PledgeStatus } from './pledges.types.ts';
import type { Category } from './pledges.vocabulary.ts';

export type CreatePledgeInput = Omit<PromiseInput, 'createdBy'>;

export interface PledgeQueryInput {
  orgId?: number;
  fromYear?: number;
  toYear?: number;
  category?: Category;
  status?: PledgeStatus;
}

function checkPromise(p: CreatePledgeInput) {
  for (const [i, m] of (p.milestones ?? []).entries()) {
    if (m.dueOn.slice(0, 4) < String(p.year)) {
      throw pledgeErrors.invalid(`milestones.${i}.dueOn`, {
        zh: `第${i + 1}个进度节点的日期早于项目年度`,
        en: `Milestone ${i + 1} is due before the project's year`,
      });
    }
  }
}

/**
 * Promises a project in the caller's transaction, for another module that turns its own decision into one (an
 * accepted congress proposal): the same checks, count and audit row as `createPledge`. Returns the project's id.
 */
export async function promisePledgeFor(sql: Sql, actor: Actor, input: CreatePledgeInput): Promise<number> {
  checkPromise(input);
  const org = await findOrgById(sql, input.orgId);
  if (!org) throw pledgeErrors.unionNotFound();
  requireAccess(actor, 'pledges.write', { orgPath: org.path });
  const row = {
    ...input,
    title: input.title.trim(),
    department: input.department.trim(),
    description: trimOrNull(input.description),
    series: trimOrNull(input.series),
    milestones: (input.milestones ?? []).map((m) => ({ title: m.title.trim(), dueOn: m.dueOn })),
  };
  const id = await promisePledge(sql, { ...row, createdBy: actor.userId || null });
  await recordAudit(sql, actor, {
    action: 'pledge.create',
    entity: 'pledge',
    entityId: id,
    orgId: org.id,
    after: row,
  });
  return id;
}

/**
 * 办实事 projects. Each step on a project (a milestone reached, its completion, its cancellation) happens on its own
 * day (ADR 40): not in the future, not before what it follows, a past day needs history.backdate; the moment it was
 * entered is kept beside it and in the audit log.
 */
export function createPledgesService(db: Db, clock: Clock) {
  async function pledgeIn(sql: Sql, actor: Actor, id: number, permission: 'pledges.read' | 'pledges.write') {
    const p = await findPledge(sql, id, permission === 'pledges.write');
    if (!p) throw pledgeErrors.notFound();
    requireAccess(actor, permission, { orgPath: p.orgPath });
    return p;
  }
  const reread = async (sql: Sql, id: number) => present((await findPledge(sql, id)) as PledgeRow);

  return {
    /** The statistics over a period, as of the service's day (what "this year" means). */
    stats: (actor: Actor, q: PledgeStatsInput) => getPledgeStats(db, actor, q, todayInChina(clock())),
    exportStats: (actor: Actor, q: PledgeStatsInput) =>
      exportPledgeStats(db, actor, q, todayInChina(clock())),
    /** A union promises a project for a year, with its milestones. */
    async createPledge(actor: Actor, input: CreatePledgeInput) {
      return db.tx(async (sql) => {
        const id = await promisePledgeFor(sql, actor, input);
        return reread(sql, id);
      });
    },

    /** Corrects a project not yet completed: title, department, description, budget, milestones (ADR 60). */
    async editPledge(actor: Actor, id: number, input: EditPledgeInput) {
      return db.tx(async (sql) => {
        const p = await pledgeIn(sql, actor, id, 'pledges.write');
        await applyPledgeEdit(sql, actor, p, input);
        return reread(sql, id);
      });
    },

    /** A milestone reached: the project is under way. */
    async markMilestone(actor: Actor, id: number, milestoneId: number, doneOn: string) {
      return db.tx(async (sql) => {
        const p = await pledgeIn(sql, actor, id, 'pledges.write');
        await markPledgeMilestone(sql, actor, p, milestoneId, doneOn, clock());
        return reread(sql, id);
      });
    },

    /** The project is done: what it cost, whom it reached, what it delivered. */
    async completePledge(actor: Actor, id: number, input: Completion) {
      return db.tx(async (sql) => {
        const p = await pledgeIn(sql, actor, id, 'pledges.write');
        await completePledgeWith(sql, actor, p, input, clock());
        return reread(sql, id);
      });
    },

    /** A project given up on `effectiveOn` (default today), not before its last milestone; it leaves the promised count. */
    async cancelPledge(actor: Actor, id: number, reason: string, effectiveOn?: string | null) {
      return db.tx(async (sql) => {
        const p = await pledgeIn(sql, actor, id, 'pledges.write');
        await cancelPledgeOn(sql, actor, p, reason, effectiveOn, clock());
        return reread(sql, id);
      });
    },

    async addEvidence(actor: Actor, id: number, file: { name: string; mime: string; data: Buffer }) {
      return db.tx(async (sql) => {
        const p = await pledgeIn(sql, actor, id, 'pledges.write');
        if (p.status === 'cancelled') throw pledgeErrors.wrongStatus({ zh: '上传材料', en: 'documented' });
        const evidenceId = await insertEvidence(sql, { pledgeId: id, orgId: p.orgId, ...file });
        await recordAudit(sql, actor, {
          action: 'pledge.evidence.add',
          entity: 'pledge',
          entityId: id,
          orgId: p.orgId,
          after: { fileName: file.name },
        });
        return { id: evidenceId, fileName: file.name };
      });
    },

    async getEvidence(actor: Actor, id: number, evidenceId: number) {
      await pledgeIn(db, actor, id, 'pledges.read');
      const evidence = await findEvidence(db, id, evidenceId);
      if (!evidence) throw pledgeErrors.evidenceNotFound();
      return { ...evidence, data: Buffer.from(evidence.data) };
    },

    /** The projects of the subtree (or of one union's), several years at once. */
    async listPledges(actor: Actor, q: PledgeQueryInput) {
      requireAccess(actor, 'pledges.read');
      let scope: Actor | { path: string } = actor;
      if (q.orgId) {
        const org = await findOrgById(db, q.orgId);
        if (!org) throw pledgeErrors.unionNotFound();
        requireAccess(actor, 'pledges.read', { orgPath: org.path });
        scope = { path: org.path };
      }
      return listPledges(db, { ...q, scope, cap: PLEDGES_CAP });
    },

    async getPledge(actor: Actor, id: number) {
      const p = await pledgeIn(db, actor, id, 'pledges.read');
      return {
        pledge: present(p),
        milestones: await listMilestones(db, id),
        evidence: await listEvidence(db, id),
        edits: await listEdits(db, 'pledge', id),
      };
    },

    /**
     * A worker's page: the projects (not cancelled) of their own union and of the unions above it, these three
     * years; at most 1,000, and how many there are.
     */
    async listMine(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      const person = actor.personId ? await findPersonById(db, actor.personId) : undefined;
      if (!person?.orgPath) return { items: [], total: 0 };
      const year = Number(todayInChina(clock()).slice(0, 4));
      const { items, total } = await listPledges(db, {
        scope: { onPath: person.orgPath },
        fromYear: year - 2,
        live: true,
        cap: PLEDGES_CAP,
      });
      return {
        total,
        items: items.map((p) => ({
          id: p.id,
          orgName: p.orgName,
          year: p.year,
          title: p.title,
          category: p.category,
          description: p.description,
          status: p.status,
          completedOn: p.completedOn,
          beneficiaryCount: p.beneficiaryCount,
          beneficiaryNote: p.beneficiaryNote,
          milestones: p.milestones,
          milestonesDone: p.milestonesDone,
        })),
      };
    },

    /** The 办实事 projects register (为职工办实事项目台账): template, dry run and import (issue 23). */
    register: createPledgeImport(db, clock),
  };
}

export type PledgesService = ReturnType<typeof createPledgesService>;
