import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { findPersonById, type IdProtector } from '../people/index.ts';
import {
  createProgram,
  evaluateRule,
  findSubjectProgram,
  loadFacts,
  publishProgram,
  type Rule,
  recordSubjectGrant,
  validateRule,
} from '../programs/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { wellnessErrors as E } from './wellness.errors.ts';
import { createAttendanceImport } from './wellness.import.ts';
import {
  type BatchRow,
  batchesOfPerson,
  dueReminders,
  endNomination,
  findAllocation,
  findAllocationById,
  findBatch,
  findInstitution,
  findNomination,
  findPersonNomination,
  findProgram,
  freeQuota,
  type InstitutionKind,
  insertBatch,
  insertInstitution,
  insertNomination,
  insertProgram,
  LIST_CAP,
  listAllocations,
  listBatches,
  listInstitutions,
  listNominations,
  listPrograms,
  liveNominationsOf,
  lockProgram,
  markReminded,
  type ProgramRow,
  placesInYear,
  servedSince,
  setAttendance,
  setReplacedBy,
  settleBatch,
  takeQuota,
  upsertAllocation,
  type WellnessKind,
} from './wellness.repository.ts';
import { createWellnessStats } from './wellness.stats.ts';

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
export const SUBSIDY_PRESET = 'wellness-subsidy';
export const WELLNESS_KINDS: WellnessKind[] = ['recuperation', 'checkup'];
const PROGRAM = { zh: '疗休养体检项目', en: 'Wellness program' };
const BATCH = { zh: '批次', en: 'Batch' };
const NOMINATION = { zh: '推荐', en: 'Nomination' };
const KIND_ZH: Record<WellnessKind, string> = { recuperation: '疗休养', checkup: '健康体检' };
const KIND_EN: Record<WellnessKind, string> = { recuperation: 'recuperation', checkup: 'health check' };
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

const usedCounts = (
  b: { orgId: number; startsOn: string; kind: WellnessKind },
  n: { frontLine: boolean; newEmployment: boolean },
  sign: 1 | -1,
): CountDelta[] => [
  { subject: 'wellness.used', orgId: b.orgId, on: b.startsOn, dim: b.kind, dim2: 'all', n: sign },
  ...(n.frontLine
    ? [{ subject: 'wellness.used', orgId: b.orgId, on: b.startsOn, dim: b.kind, dim2: 'front_line', n: sign }]
    : []),
  ...(n.newEmployment
    ? [
        {
          subject: 'wellness.used',
          orgId: b.orgId,
          on: b.startsOn,
          dim: b.kind,
          dim2: 'new_employment',
          n: sign,
        },
      ]
    : []),
];

export function createWellnessService(db: Db, ids: IdProtector, clock: () => Date = () => new Date()) {
  const today = () => todayInChina(clock());

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

  async function batchToManage(sql: Sql, actor: Actor, id: number, lock = false) {
    const b = await findBatch(sql, id, lock);
    if (!b) throw notFound(BATCH);
    requireAccess(actor, 'wellness.manage', { orgPath: b.orgPath });
    return b;
  }

  /** Records attendance in the caller's transaction; the counts follow each change. */
  async function mark(
    sql: Sql,
    actor: Actor,
    b: BatchRow,
    marks: { nominationId: number; attendance: 'attended' | 'absent' }[],
    on: string,
  ) {
    if (b.status === 'settled') throw E.settled();
    if (on < b.startsOn) throw E.notStarted(b.startsOn);
    const changed = await setAttendance(sql, b.id, marks, on);
    const deltas: CountDelta[] = [];
    for (const c of changed) {
      const at = { orgId: Number(c.orgId), startsOn: b.startsOn, kind: b.kind };
      if (c.after === 'attended') deltas.push(...usedCounts(at, c, 1));
      if (c.before === 'attended') deltas.push(...usedCounts(at, c, -1));
    }
    await addCounts(sql, deltas);
    if (changed.length)
      await recordAudit(sql, actor, {
        action: 'wellness.attendance',
        entity: 'wellness_batch',
        entityId: b.id,
        orgId: b.orgId,
        after: {
          on,
          attended: changed.filter((c) => c.after === 'attended').length,
          absent: changed.filter((c) => c.after === 'absent').length,
        },
      });
    return { changed: changed.length };
  }

  return {
    ...stats,
    attendanceTemplate: attendanceImport.template,
    importAttendance: attendanceImport.importFile,

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
        };
      });
    },

    /** Gives a lower union a quota of the batch's places (or changes it: never below what it has nominated). */
    async allocate(actor: Actor, id: number, input: { orgId: number; quota: number }) {
      return db.tx(async (sql) => {
        const b = await batchToManage(sql, actor, id, true);
        if (b.status === 'settled') throw E.settled();
        const org = await getOrgInScope(sql, actor, input.orgId);
        if (!org.path.startsWith(b.orgPath)) throw E.notLower();
        const current = await findAllocation(sql, b.id, org.id);
        if (current && input.quota < current.used) throw E.belowUsed(current.used);
        const left = b.places - b.allocated + (current?.quota ?? 0);
        if (input.quota > left) throw E.overAllocated(left);
        await upsertAllocation(sql, b.id, org.id, input.quota);
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
          after: { quota: input.quota },
        });
        return { ok: true as const };
      });
    },

    /**
     * A lower union nominates a member of its subtree on its quota: eligible by the program's rule, not served in
     * the last N years, the quota never exceeded (a guarded counter, whatever arrives at once).
     */
    async nominate(actor: Actor, id: number, input: { orgId: number; personId: number }) {
      return db.tx(async (sql) => {
        const b = await findBatch(sql, id);
        if (!b) throw notFound(BATCH);
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'wellness.nominate', { orgPath: org.path });
        if (b.status === 'settled') throw E.settled();
        if (today() > b.closesOn) throw E.closed(b.closesOn);
        const alloc = await findAllocation(sql, b.id, org.id);
        if (!alloc) throw E.noAllocation();
        const p = (await findProgram(sql, b.programId)) as ProgramRow;
        if (!(await takeQuota(sql, alloc.id))) throw E.quotaFull(alloc.quota);
        const nominationId = await nominateIn(sql, b, p, alloc.id, input.personId, today());
        await recordAudit(sql, actor, {
          action: 'wellness.nominate',
          entity: 'wellness_batch',
          entityId: b.id,
          orgId: org.id,
          after: { personId: input.personId },
        });
        return { id: nominationId };
      });
    },

    /** Before the batch closes: another worker takes the nominee's place (or the place is given back). */
    async endNomination(actor: Actor, nominationId: number, input: { replaceWith?: number }) {
      return db.tx(async (sql) => {
        const n = await findNomination(sql, nominationId, true);
        if (!n) throw notFound(NOMINATION);
        requireAccess(actor, 'wellness.nominate', { orgPath: n.orgPath });
        if (n.status !== 'nominated') throw E.nominationGone();
        const b = (await findBatch(sql, n.batchId)) as BatchRow;
        if (b.status === 'settled') throw E.settled();
        if (today() > b.closesOn) throw E.closed(b.closesOn);
        let replacement: number | null = null;
        if (input.replaceWith) {
          const p = (await findProgram(sql, b.programId)) as ProgramRow;
          // the quota's place passes from one worker to the other: the counter does not move
          await endNomination(sql, n.id, 'replaced', null);
          replacement = await nominateIn(sql, b, p, n.allocationId, input.replaceWith, today());
          await setReplacedBy(sql, n.id, replacement);
        } else {
          await endNomination(sql, n.id, 'withdrawn', null);
          await freeQuota(sql, n.allocationId);
        }
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
          after: replacement ? { personId: input.replaceWith } : undefined,
        });
        return { id: replacement };
      });
    },

    /** Staff of the program's union record who went and who did not (the institution's list, by hand). */
    async markAttendance(
      actor: Actor,
      id: number,
      input: { marks: { nominationId: number; attendance: 'attended' | 'absent' }[]; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const b = await batchToManage(sql, actor, id, true);
        const { day } = effectiveDay(actor, input.effectiveOn, { zh: '到场登记', en: 'attendance' }, [], {
          now: clock(),
        });
        return mark(sql, actor, b, input.marks, day);
      });
    },

    /**
     * Settles the batch: everyone's attendance recorded, the union's share for those who went is granted through the
     * programs ledger on the day (one grant per batch; a batch nobody went to settles with nothing paid).
     */
    async settle(actor: Actor, id: number, input: { effectiveOn?: string }) {
      return db.tx(async (sql) => {
        const b = await batchToManage(sql, actor, id, true);
        if (b.status === 'settled') throw E.settled();
        const { day } = effectiveDay(actor, input.effectiveOn, { zh: '结算', en: 'settlement' }, [], {
          now: clock(),
        });
        if (day < b.startsOn) throw E.notStarted(b.startsOn);
        const live = await liveNominationsOf(sql, b.id);
        const unmarked = live.filter((n) => !n.attendance).length;
        if (unmarked) throw E.unmarked(unmarked);
        const p = (await findProgram(sql, b.programId)) as ProgramRow;
        const subsidyFen = b.attended * p.unionShareFen;
        let applicationId: number | null = null;
        if (subsidyFen > 0) {
          const grant = await recordSubjectGrant(sql, actor, {
            presetKey: SUBSIDY_PRESET,
            orgId: p.orgId,
            subjectKey: `wellness:batch:${b.id}`,
            approvedOn: day,
            amountFen: subsidyFen,
            note: `${b.title}：实到${b.attended}人 × 工会分担 ¥${(p.unionShareFen / 100).toFixed(2)}`,
            materialsNote: '接待机构的到场名单已在批次中核对',
          });
          applicationId = grant.applicationId;
        }
        await settleBatch(sql, b.id, { on: day, subsidyFen, applicationId });
        await recordAudit(sql, actor, {
          action: 'wellness.settle',
          entity: 'wellness_batch',
          entityId: b.id,
          orgId: b.orgId,
          after: { on: day, attended: b.attended, subsidyFen, applicationId },
        });
        return { attended: b.attended, subsidyFen, applicationId };
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

    /** The worker signs in at the institution on the batch's days. */
    async checkInSelf(actor: Actor, id: number) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx(async (sql) => {
        const b = await findBatch(sql, id, true);
        if (!b) throw notFound(BATCH);
        const n = await findPersonNomination(sql, b.id, actor.personId as number);
        if (!n) throw E.notNominated();
        const now = today();
        if (now < b.startsOn || now > b.endsOn) throw E.checkInDays(b.startsOn, b.endsOn);
        await mark(sql, actor, b, [{ nominationId: n.id, attendance: 'attended' }], now);
        return { ok: true as const };
      });
    },
  };
}

export type WellnessService = ReturnType<typeof createWellnessService>;

/**
 * The reminder two days before a batch: every nominee of a batch starting the day after tomorrow (China time) is
 * told once where to go and what to bring. `now` is the sweep's moment; main.ts runs it every ten minutes.
 */
export async function remindWellness(db: Db, now: Date = new Date()): Promise<{ reminded: number }> {
  const day = todayInChina(new Date(now.getTime() + 2 * 86_400_000));
  return db.tx(async (sql) => {
    const due = await dueReminders(sql, day);
    for (const n of due)
      await notifyPerson(sql, n.personId, {
        kind: 'wellness.reminder',
        title: {
          zh: `${KIND_ZH[n.kind]}提醒：${n.title}后天开始`,
          en: `Reminder: ${n.title} starts the day after tomorrow`,
        },
        body: {
          zh: `${n.startsOn}，${n.institutionName}${n.institutionAddress ? `（${n.institutionAddress}）` : ''}。${n.meeting ? `集合：${n.meeting}。` : ''}${n.bring ? `请携带：${n.bring}` : ''}`,
          en: `${n.startsOn}, ${n.institutionName}${n.institutionAddress ? ` (${n.institutionAddress})` : ''}.${n.meeting ? ` Meet: ${n.meeting}.` : ''}${n.bring ? ` Bring: ${n.bring}` : ''}`,
        },
        link: '/m/wellness',
        entity: 'wellness_batch',
        entityId: n.batchId,
      });
    await markReminded(
      sql,
      due.map((n) => n.id),
      now,
    );
    return { reminded: due.length };
  });
}
