import { type Actor, canAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { effectiveDay } from '../../../shared/effective.ts';
import { AppError } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import {
  findSubjectProgram,
  listApplicationsAbout,
  recordSubjectGrant,
  type SubjectGrantRow,
  type SubjectProgram,
  subjectGrantProblem,
} from '../../programs/index.ts';
import { addCounts, type CountDelta } from '../../reporting/index.ts';
import { innovationErrors } from '../innovation.errors.ts';
import { type GrantKind, STUDIO_GRANTS } from './studios.grant-kinds.ts';
import {
  findLevelsHeld,
  insertOutsideGrants,
  insertStudioSubsidy,
  listOutsideGrants,
  type OutsideGrantRow,
} from './studios.grants.repository.ts';
import { findStudioById } from './studios.repository.ts';
import { getStudioInScope } from './studios.service.ts';

/**
 * A studio's projects and grants (项目与资助, issue 23): innovation projects, the district's support, recognition
 * subsidies (studios.grant-kinds.ts). Paid through the platform, a grant is an application of the programs engine
 * about the studio, opened and approved on the day it was approved (`recordSubjectGrant`), so it reaches the
 * ledger and a payment batch like any other. Paid outside the platform (已在平台外发放), it is a row of
 * `innovation_studio_grants` with the amount and the day paid, counted in the studio statistics — reporting
 * subject `innovation.outside_grants`, a flow on the day approved (as the statistics count the platform's
 * applications), dim = the program's preset key, n = 1, fen = the amount paid — and no ledger money.
 * Each subject (a studio's project of a year, its support, its recognition subsidy) is granted once, either way.
 */

export interface StudioGrantInput {
  kind: GrantKind;
  year: number;
  amountFen: number;
  approvedOn: string;
  /** Paid outside the platform (已在平台外发放): `paidOn` is then required. */
  outside: boolean;
  paidOn?: string | null;
  note?: string | null;
}

export interface GrantStudio {
  id: number;
  orgId: number;
  orgPath: string;
  name: string;
}

/** A grant checked and ready to write. */
export interface PlannedGrant {
  studio: GrantStudio;
  grant: StudioGrantInput;
  subjectKey: string;
}

/** The states of an application that grants its subject (the others leave it free). */
export const LIVE = new Set(['submitted', 'returned', 'approved']);

/** What `grantLookups` reads about each of a set of studios, loaded at once (an import's, primeGrantLookups). */
export interface PrimedGrantLookups {
  studioIds: Set<number>;
  applications: Map<number, SubjectGrantRow[]>;
  outside: Map<number, OutsideGrantRow[]>;
  /** 'studioId|level' → the first day held. */
  levels: Map<string, string>;
}

/**
 * The lookups checking grants needs, each made once per studio or program (an import checks many rows); the
 * studios of `primed` are answered from it without a read.
 */
export function grantLookups(sql: Sql, primed?: PrimedGrantLookups) {
  const memo = <K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>) => {
    let hit = cache.get(key);
    if (!hit) {
      hit = load();
      cache.set(key, hit);
    }
    return hit;
  };
  const applications = new Map<number, Promise<SubjectGrantRow[]>>();
  const outside = new Map<number, Promise<OutsideGrantRow[]>>();
  const levels = new Map<number, Promise<Map<string, string>>>();
  const programs = new Map<string, Promise<SubjectProgram | undefined>>();
  if (primed) {
    for (const id of primed.studioIds) {
      applications.set(id, Promise.resolve(primed.applications.get(id) ?? []));
      outside.set(id, Promise.resolve(primed.outside.get(id) ?? []));
      levels.set(id, Promise.resolve(primed.levels));
    }
  }
  return {
    applications: (studioId: number) =>
      memo(applications, studioId, () => listApplicationsAbout(sql, `studio:${studioId}`)),
    outside: (studioId: number) => memo(outside, studioId, () => listOutsideGrants(sql, studioId)),
    levelSince: async (studioId: number, level: string) =>
      (await memo(levels, studioId, () => findLevelsHeld(sql, [studioId]))).get(`${studioId}|${level}`),
    program: (presetKey: string, orgPath: string) =>
      memo(programs, `${presetKey}|${orgPath}`, () => findSubjectProgram(sql, presetKey, orgPath)),
  };
}
export type GrantLookups = ReturnType<typeof grantLookups>;

/**
 * Checks one grant of `studio` against its level history and what is on record; answers the refusal (not thrown,
 * so that an import makes it a row error) or the grant ready to write. The days' checks against today and the
 * actor's right to record past days are the caller's (`effectiveDay`, or the register's reader).
 */
export async function checkStudioGrant(
  look: GrantLookups,
  actor: Actor,
  studio: GrantStudio,
  g: StudioGrantInput,
): Promise<PlannedGrant | AppError> {
  const def = STUDIO_GRANTS[g.kind];
  if (Number(g.approvedOn.slice(0, 4)) !== g.year) {
    return innovationErrors.grantInvalid('year', {
      zh: `批准日期 ${g.approvedOn} 不在所填年度 ${g.year} 内`,
      en: `Approved on ${g.approvedOn}, not in the year given (${g.year})`,
    });
  }
  if (g.outside && !g.paidOn) {
    return innovationErrors.grantInvalid('paidOn', {
      zh: '已在平台外发放的，请填写发放日期',
      en: 'Give the day it was paid outside the platform',
    });
  }
  if (!g.outside && g.paidOn) {
    return innovationErrors.grantInvalid('paidOn', {
      zh: '经平台发放的由发放批次记录发放日期；已经发放的请登记为“已在平台外发放”',
      en: 'A grant paid through the platform is paid by a payment batch; one already paid was paid outside the platform',
    });
  }
  if (g.paidOn && g.paidOn < g.approvedOn) {
    return innovationErrors.grantInvalid('paidOn', {
      zh: `发放日期 ${g.paidOn} 早于批准日期 ${g.approvedOn}`,
      en: `Paid on ${g.paidOn}, before it was approved on ${g.approvedOn}`,
    });
  }
  if (def.level) {
    const since = await look.levelSince(studio.id, def.level);
    if (!since || since > g.approvedOn) {
      return innovationErrors.grantInvalid('kind', {
        zh: since
          ? `${studio.name}于 ${since} 才认定为该等级，早于此的${def.label.zh}不能登记`
          : `${studio.name}未曾认定为该等级，不能登记${def.label.zh}`,
        en: since
          ? `${studio.name} reached that level on ${since}; a ${def.label.en} before it cannot be recorded`
          : `${studio.name} never held that level; no ${def.label.en} can be recorded`,
      });
    }
  }
  const subjectKey = def.subject(studio.id, g.year);
  // A kind paid as often as it fell due (expert fees, mentoring stipends) is never a second of anything, but the
  // same payment (amount, days and note) is not recorded twice.
  const duplicate =
    def.once === false
      ? await findPaymentOnRecord(look, studio.id, def.presetKey, g)
      : await findGrantOnRecord(look, studio.id, def, subjectKey);
  if (duplicate) return duplicate;
  if (!g.outside) {
    const program = await look.program(def.presetKey, studio.orgPath);
    if (!program) return innovationErrors.grantNoProgram(def.label);
    if (!canAccess(actor, 'applications.review', { orgPath: program.ownerOrgPath }))
      return innovationErrors.grantNotOwner(def.label, program.ownerOrgName);
    const problem = subjectGrantProblem(program, g);
    if (problem) return innovationErrors.grantInvalid(problem.field, { zh: problem.zh, en: problem.en });
  }
  return { studio, grant: g, subjectKey };
}

/**
 * The refusal of a payment of a repeated kind already on record: the same kind, amount, days and note. Two
 * payments alike but for whom they paid differ by their note (the expert's name, say).
 */
async function findPaymentOnRecord(
  look: GrantLookups,
  studioId: number,
  presetKey: string,
  g: StudioGrantInput,
): Promise<AppError | null> {
  const recorded = (await look.outside(studioId)).find((x) => x.presetKey === presetKey && samePayment(x, g));
  return recorded ? innovationErrors.grantPaymentRecorded(recorded.amountFen, recorded.paidOn) : null;
}

/** Whether two payments of one kind are the same payment: amount, days approved and paid, and note. */
export function samePayment(
  a: Pick<StudioGrantInput, 'amountFen' | 'approvedOn' | 'paidOn' | 'note'>,
  b: Pick<StudioGrantInput, 'amountFen' | 'approvedOn' | 'paidOn' | 'note'>,
): boolean {
  return (
    a.amountFen === b.amountFen &&
    a.approvedOn === b.approvedOn &&
    a.paidOn === b.paidOn &&
    (a.note ?? '').trim() === (b.note ?? '').trim()
  );
}

/** The refusal of a once-only grant already on record, paid outside the platform or by a live application. */
async function findGrantOnRecord(
  look: GrantLookups,
  studioId: number,
  def: (typeof STUDIO_GRANTS)[GrantKind],
  subjectKey: string,
): Promise<AppError | null> {
  const same = (x: { presetKey: string | null; subjectKey: string }) =>
    x.presetKey === def.presetKey && x.subjectKey === subjectKey;
  const paidOutside = (await look.outside(studioId)).find(same);
  if (paidOutside) {
    return innovationErrors.grantDuplicate(def.label, {
      zh: `${paidOutside.year}年已在平台外发放`,
      en: `paid outside the platform in ${paidOutside.year}`,
    });
  }
  const live = (await look.applications(studioId)).find((a) => same(a) && LIVE.has(a.status));
  if (live) {
    return innovationErrors.grantDuplicate(def.label, {
      zh: `平台申请 ${live.applicationId}，${live.appliedOn}`,
      en: `application ${live.applicationId} of ${live.appliedOn}`,
    });
  }
  return null;
}

const MATERIALS_NOTE = '补录：资助在平台外审批，申报材料在平台外存档';

/**
 * Writes checked grants in the caller's transaction: those paid outside the platform in one statement with their
 * counts, those paid through it one by one through the programs engine (opened and approved on their day).
 */
export async function writeStudioGrants(
  sql: Sql,
  actor: Actor,
  grants: PlannedGrant[],
  now: Date,
): Promise<{ grantIds: number[]; applicationIds: number[] }> {
  const outside = grants.filter((p) => p.grant.outside);
  const grantIds = await insertOutsideGrants(
    sql,
    outside.map((p) => ({
      studioId: p.studio.id,
      kind: p.grant.kind,
      presetKey: STUDIO_GRANTS[p.grant.kind].presetKey,
      subjectKey: p.subjectKey,
      year: p.grant.year,
      amountFen: p.grant.amountFen,
      approvedOn: p.grant.approvedOn,
      paidOn: p.grant.paidOn as string,
      note: p.grant.note?.trim() || null,
      recordedBy: actor.userId || null,
    })),
  );
  await addCounts(
    sql,
    outside.map(
      (p): CountDelta => ({
        subject: 'innovation.outside_grants',
        orgId: p.studio.orgId,
        on: p.grant.approvedOn,
        dim: STUDIO_GRANTS[p.grant.kind].presetKey,
        n: 1,
        fen: p.grant.amountFen,
      }),
    ),
  );
  const applicationIds: number[] = [];
  for (const p of grants.filter((x) => !x.grant.outside)) {
    const def = STUDIO_GRANTS[p.grant.kind];
    const note = p.grant.note?.trim();
    const { applicationId } = await recordSubjectGrant(
      sql,
      actor,
      {
        presetKey: def.presetKey,
        orgId: p.studio.orgId,
        subjectKey: p.subjectKey,
        approvedOn: p.grant.approvedOn,
        amountFen: p.grant.amountFen,
        note: `${p.studio.name}：${p.grant.year}年${def.label.zh}${note ? `（${note}）` : ''}`,
        materialsNote: MATERIALS_NOTE,
      },
      now,
    );
    // A recognition subsidy recorded here is the studio's: a later recognition opens none.
    if (def.level)
      await insertStudioSubsidy(sql, {
        studioId: p.studio.id,
        presetKey: def.presetKey,
        applicationId,
        recognitionId: null,
      });
    applicationIds.push(applicationId);
  }
  return { grantIds, applicationIds };
}

/** Records one project or grant of a studio (the studio's page). */
export async function recordStudioGrant(
  db: Db,
  actor: Actor,
  studioId: number,
  input: StudioGrantInput,
  now: Date,
) {
  return db.tx(async (sql) => {
    const studio = await getStudioInScope(sql, actor, studioId, 'innovation.write');
    // One at a time per studio, so two clerks cannot record the same grant twice.
    await findStudioById(sql, studio.id, true);
    effectiveDay(actor, input.approvedOn, { zh: '批准', en: 'approval' }, [], { field: 'approvedOn', now });
    if (input.paidOn)
      effectiveDay(actor, input.paidOn, { zh: '发放', en: 'payment' }, [], { field: 'paidOn', now });
    const checked = await checkStudioGrant(grantLookups(sql), actor, studio, input);
    if (checked instanceof AppError) throw checked;
    const { grantIds, applicationIds } = await writeStudioGrants(sql, actor, [checked], now);
    await recordAudit(sql, actor, {
      action: 'studio.grant',
      entity: 'innovation_studio',
      entityId: studio.id,
      orgId: studio.orgId,
      after: {
        kind: input.kind,
        year: input.year,
        amountFen: input.amountFen,
        approvedOn: input.approvedOn,
        outside: input.outside,
        paidOn: input.paidOn ?? null,
        applicationId: applicationIds[0] ?? null,
      },
    });
    return { grantId: grantIds[0] ?? null, applicationId: applicationIds[0] ?? null };
  });
}
