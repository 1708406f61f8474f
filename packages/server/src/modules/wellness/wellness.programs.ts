import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope, subtreeAsked } from '../org/index.ts';
import { createProgram, findSubjectProgram, publishProgram, validateRule } from '../programs/index.ts';
import { SUBSIDY_PRESET, type WellnessContext } from './wellness.context.ts';
import { wellnessErrors as E } from './wellness.errors.ts';
import {
  findProgram,
  insertInstitution,
  insertProgram,
  listInstitutions,
  listPrograms,
  listQuotasToFill,
  type NewProgram,
} from './wellness.programs.repository.ts';
import { type InstitutionKind, LIST_CAP, listAllocations, listBatches } from './wellness.repository.ts';

export const PROGRAM = { zh: '疗休养体检项目', en: 'Wellness program' };

/** What a union may leave out of a new program: its scheme, target, conditions and the gap between stays. */
type LeftOutAtCreation = 'scheme' | 'targetPeople' | 'rule' | 'gapYears';
/** A new program as a union gives it: the fields stored with it (`NewProgram`), some of them optional. */
export type ProgramInput = Omit<NewProgram, 'createdBy' | LeftOutAtCreation> &
  Partial<Pick<NewProgram, LeftOutAtCreation>>;

/** The union's subsidy program in the ledger: its own, created and published with its first wellness program. */
async function ensureSubsidyProgram(
  sql: Sql,
  actor: Actor,
  org: { id: number; path: string; level: number },
  years: [number, number],
) {
  const offered = await findSubjectProgram(sql, SUBSIDY_PRESET, org.path);
  if (offered && offered.ownerOrgId === org.id) return;
  const created = await createProgram(sql, actor, {
    ownerOrgId: org.id,
    presetKey: SUBSIDY_PRESET,
    name: '职工疗休养和健康体检工会补助',
    description:
      '疗休养和健康体检批次结算时，按实际参加人数乘以工会分担的人均费用记入台账，由工会按批次支付给接待机构。',
    category: 'subsidy',
    periodLabel: `${years[0]}—${years[0] + 19}年`,
    periodStart: `${years[0]}-01-01`,
    periodEnd: `${years[0] + 19}-12-31`,
    periodUnit: 'year',
    applicantType: 'union',
    intakeModes: ['batch'],
    limitMode: 'per_subject',
    reviewChain: [org.level],
    requiredEvidence: [],
    rule: { op: 'member_of_owner_subtree' },
    amount: { kind: 'fee_share', percent: 100 },
  });
  await publishProgram(sql, actor, created.id);
}

/** Programs and institutions: created by a union, listed, and a program with its batches. */
export function createProgramUseCases(ctx: WellnessContext) {
  const { db } = ctx;
  return {
    async createProgram(actor: Actor, input: ProgramInput) {
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'wellness.manage', { orgPath: org.path });
        if (input.toYear < input.fromYear) throw E.years();
        if (input.unionShareFen + input.enterpriseShareFen + input.workerShareFen !== input.costFen)
          throw E.shares();
        if (input.rule) {
          const problems = validateRule(input.rule);
          if (problems.length)
            throw E.rule(
              `推荐条件有误：${problems.map((p) => p.zh).join('；')}`,
              `The conditions are not valid: ${problems.map((p) => p.en).join('; ')}`,
            );
        }
        await ensureSubsidyProgram(sql, actor, org, [input.fromYear, input.toYear]);
        const id = await insertProgram(sql, {
          orgId: org.id,
          name: input.name.trim(),
          kind: input.kind,
          scheme: input.scheme?.trim() ?? '',
          targetPeople: input.targetPeople ?? 0,
          fromYear: input.fromYear,
          toYear: input.toYear,
          placesPerYear: input.placesPerYear,
          costFen: input.costFen,
          unionShareFen: input.unionShareFen,
          enterpriseShareFen: input.enterpriseShareFen,
          workerShareFen: input.workerShareFen,
          rule: input.rule ?? null,
          gapYears: input.gapYears ?? 0,
          createdBy: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: 'wellness.program.create',
          entity: 'wellness_program',
          entityId: id,
          orgId: org.id,
          after: { name: input.name.trim(), kind: input.kind, placesPerYear: input.placesPerYear },
        });
        return { id };
      });
    },

    async listPrograms(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, orgId, 'wellness.read');
        return listPrograms(sql, path, LIST_CAP.programs);
      });
    },

    /**
     * The quotas of a subtree's unions with places still to nominate today (default: mine): what the to-do card
     * 待推荐的疗休养名额 counts, each quota with its places left.
     */
    async listQuotasToFill(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, orgId, 'wellness.read');
        return listQuotasToFill(sql, path, ctx.today());
      });
    },

    /** A program with its batches (a lower union sees the program's batches; their lists are its own). */
    async getProgram(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const p = await findProgram(sql, id);
        if (!p) throw notFound(PROGRAM);
        const batches = await listBatches(sql, p.id);
        if (!canAccess(actor, 'wellness.read', { orgPath: p.orgPath })) {
          requireAccess(actor, 'wellness.read', { orgPath: actor.scopePath ?? '' });
          const mine = [];
          for (const b of batches)
            if ((await listAllocations(sql, b.id, actor.scopePath as string)).length) mine.push(b);
          if (!mine.length) requireAccess(actor, 'wellness.read', { orgPath: p.orgPath });
          return { ...p, manage: false, batches: mine };
        }
        return { ...p, manage: canAccess(actor, 'wellness.manage', { orgPath: p.orgPath }), batches };
      });
    },

    async createInstitution(
      actor: Actor,
      input: { orgId: number; name: string; kind: InstitutionKind; address?: string; capacity: number },
    ) {
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'wellness.manage', { orgPath: org.path });
        const name = input.name.trim();
        const id = await insertInstitution(sql, {
          orgId: org.id,
          name,
          kind: input.kind,
          address: input.address?.trim() ?? '',
          capacity: input.capacity,
        });
        if (!id) throw E.institutionDuplicate(name);
        await recordAudit(sql, actor, {
          action: 'wellness.institution.create',
          entity: 'wellness_institution',
          entityId: id,
          orgId: org.id,
          after: { name, kind: input.kind, capacity: input.capacity },
        });
        return { id };
      });
    },

    async listInstitutions(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, orgId, 'wellness.read');
        return listInstitutions(sql, path);
      });
    },
  };
}
