import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import type { IdProtector } from '../people/index.ts';
import {
  createProgram,
  findSubjectProgram,
  publishProgram,
  type Rule,
  validateRule,
} from '../programs/index.ts';
import { addCounts } from '../reporting/index.ts';
import { createAttendance, mark } from './wellness.attendance.ts';
import { BATCH, batchToManage, SUBSIDY_PRESET, type WellnessContext } from './wellness.context.ts';
import { wellnessErrors as E } from './wellness.errors.ts';
import { countNominationEvents } from './wellness.figures.repository.ts';
import { figuresOf } from './wellness.figures.ts';
import { createAttendanceImport } from './wellness.import.ts';
import { createNominations } from './wellness.nominations.ts';
import {
  findInstitution,
  findProgram,
  insertInstitution,
  insertProgram,
  listInstitutions,
  listPrograms,
} from './wellness.programs.repository.ts';
import { createWellnessRegister } from './wellness.register.import.ts';
import {
  findBatch,
  type InstitutionKind,
  insertBatch,
  LIST_CAP,
  listAllocations,
  listBatches,
  listNominations,
  lockProgram,
  placesInYear,
  type WellnessKind,
} from './wellness.repository.ts';
import { createWellnessStats } from './wellness.stats.ts';
import { batchesOfPerson } from './wellness.worker.repository.ts';

/**
 * 疗休养 and 体检 places over years (双千工程, issue 26). A union runs a program of places of one kind for some years
 * (1,000 a year for five), with a cost per person shared by itself, the enterprise and the worker, and an optional
 * rule of who may go (programs' rules) and a bar on those served in the last N years. Its batches go to an institution
 * on fixed days; it gives each lower union a quota per batch; the lower union nominates its workers (the quota a
 * guarded counter) and may substitute until the batch closes. The institution's list (or the worker's own sign-in)
 * says who went; settling the batch pays the union's share for those who went through the programs ledger (a
 * grant about 'wellness:batch:<id>' of the union's wellness subsidy program). Counted in the reporting layer on the
 * batch's first day: `wellness.offered` (the program's union, its places), `wellness.allocated` (the quota's union)
 * and `wellness.used` (the nominating union, dim2 all / front_line / new_employment), dim the kind.
 */
export const WELLNESS_KINDS: WellnessKind[] = ['recuperation', 'checkup'];
const PROGRAM = { zh: '疗休养体检项目', en: 'Wellness program' };
const INSTITUTION_OF: Record<WellnessKind, InstitutionKind> = {
  recuperation: 'sanatorium',
  checkup: 'checkup_centre',
};

export interface ProgramInput {
  orgId: number;
  name: string;
  kind: WellnessKind;
  scheme?: string;
  targetPeople?: number;
  fromYear: number;
  toYear: number;
  placesPerYear: number;
  costFen: number;
  unionShareFen: number;
  enterpriseShareFen: number;
  workerShareFen: number;
  rule?: Rule | null;
  gapYears?: number;
}

export interface BatchInput {
  programId: number;
  institutionId: number;
  title: string;
  startsOn: string;
  endsOn: string;
  closesOn: string;
  places: number;
  meeting?: string;
  bring?: string;
}

export function createWellnessService(db: Db, ids: IdProtector, clock: Clock) {
  const today = () => todayInChina(clock());
  const ctx: WellnessContext = { db, ids, clock, today };

  async function programIn(
    sql: Sql,
    actor: Actor,
    id: number,
    permission: 'wellness.read' | 'wellness.manage',
  ) {
    const p = await findProgram(sql, id);
    if (!p) throw notFound(PROGRAM);
    requireAccess(actor, permission, { orgPath: p.orgPath });
    return p;
  }

  /** A batch the actor may see: its program's union's subtree, or a union holding places in it. */
  async function batchVisible(sql: Sql, actor: Actor, id: number) {
    const b = await findBatch(sql, id);
    if (!b) throw notFound(BATCH);
    if (canAccess(actor, 'wellness.read', { orgPath: b.orgPath })) return { batch: b, path: b.orgPath };
    requireAccess(actor, 'wellness.read', { orgPath: actor.scopePath ?? '' });
    const mine = await listAllocations(sql, b.id, actor.scopePath as string);
    if (!mine.length) requireAccess(actor, 'wellness.read', { orgPath: b.orgPath });
    return { batch: b, path: actor.scopePath as string };
  }

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

  const stats = createWellnessStats(db, clock);
  const attendanceImport = createAttendanceImport(
    db,
    ids,
    {
      mark: (sql, actor, b, marks, on) => mark(sql, actor, b, marks, on),
      batchToManage: (sql, actor, id, lock) => batchToManage(sql, actor, id, lock),
    },
    clock,
  );

  return {
    ...stats,
    attendanceTemplate: attendanceImport.template,
    importAttendance: attendanceImport.importFile,
    /** The 疗休养/体检 register (batches, nominees, substitutions, withdrawals, attendance): issue 42. */
    register: createWellnessRegister(db, ids, clock),

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
        const id = orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'wellness.read', { orgPath: path });
        return listPrograms(sql, path, LIST_CAP.programs);
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
        const id = orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'wellness.read', { orgPath: path });
        return listInstitutions(sql, path);
      });
    },

    async createBatch(actor: Actor, input: BatchInput) {
      return db.tx(async (sql) => {
        const p = await programIn(sql, actor, input.programId, 'wellness.manage');
        const inst = await findInstitution(sql, input.institutionId);
        if (!inst || !(p.orgPath.startsWith(inst.orgPath) || inst.orgPath.startsWith(p.orgPath)))
          throw notFound({ zh: '机构', en: 'Institution' });
        if (inst.kind !== INSTITUTION_OF[p.kind]) throw E.institutionKind();
        if (input.endsOn < input.startsOn || input.closesOn > input.startsOn) throw E.batchDays();
        const year = Number(input.startsOn.slice(0, 4));
        if (year < p.fromYear || year > p.toYear) throw E.batchYear(p.fromYear, p.toYear);
        if (input.places > inst.capacity) throw E.capacity(inst.capacity);
        // the program row is the lock two clerks adding batches of one year queue on
        await lockProgram(sql, p.id);
        const left = p.placesPerYear - (await placesInYear(sql, p.id, year));
        if (input.places > left) throw E.yearPlaces(year, Math.max(left, 0));
        const id = await insertBatch(sql, {
          programId: p.id,
          institutionId: inst.id,
          title: input.title.trim(),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          closesOn: input.closesOn,
          places: input.places,
          meeting: input.meeting?.trim() ?? '',
          bring: input.bring?.trim() ?? '',
        });
        await addCounts(sql, [
          { subject: 'wellness.offered', orgId: p.orgId, on: input.startsOn, dim: p.kind, n: input.places },
        ]);
        await recordAudit(sql, actor, {
          action: 'wellness.batch.create',
          entity: 'wellness_batch',
          entityId: id,
          orgId: p.orgId,
          after: { title: input.title.trim(), startsOn: input.startsOn, places: input.places },
        });
        return { id };
      });
    },

    /** A batch with its quotas and nominations — all of them for its program's union, a lower union's own else. */
    async getBatch(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const { batch, path } = await batchVisible(sql, actor, id);
        const allocations = await listAllocations(sql, batch.id, path);
        const nominations = await listNominations(sql, batch.id, path);
        const figures = figuresOf(await countNominationEvents(sql, { path, batchId: batch.id }));
        await recordAudit(sql, actor, {
          action: 'wellness.list.read',
          entity: 'wellness_batch',
          entityId: batch.id,
          orgId: batch.orgId,
        });
        return {
          ...batch,
          manage: canAccess(actor, 'wellness.manage', { orgPath: batch.orgPath }),
          open: batch.status === 'open' && today() <= batch.closesOn,
          allocations: allocations.map(({ orgPath: _p, ...a }) => a),
          nominations: nominations.map(({ orgPath: _p, ...n }) => n),
          figures,
        };
      });
    },

    /**
     * The worker's batches on the phone: when, where, where to meet and what to bring; the latest 50, and how many
     * there are.
     */
    async mine(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return db.tx(async (sql) => {
        const { items: rows, total } = await batchesOfPerson(sql, actor.personId as number);
        const now = today();
        const items = rows.map((r) => ({
          id: r.id,
          nominationId: r.nominationId,
          title: r.title,
          kind: r.kind,
          programName: r.programName,
          orgName: r.orgName,
          institutionName: r.institutionName,
          institutionAddress: r.institutionAddress,
          startsOn: r.startsOn,
          endsOn: r.endsOn,
          meeting: r.meeting,
          bring: r.bring,
          attendance: r.attendance,
          canCheckIn: !r.attendance && r.status === 'open' && now >= r.startsOn && now <= r.endsOn,
        }));
        return { items, total };
      });
    },

    ...createNominations(ctx),
    ...createAttendance(ctx),
  };
}

export type WellnessService = ReturnType<typeof createWellnessService>;
