import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import type { OrgRow } from '../../org/index.ts';
import { insertFiles, proposeIn, reviewApplication, submitApplication } from '../applications/index.ts';
import { createPaymentBatchIn, markBatchPaidIn } from '../ledger/index.ts';
import { getVersion } from '../programs.repository.ts';
import type { ProgramRow } from '../programs.types.ts';
import {
  countAllApplications,
  type DemoMember,
  findProgramIdOfApplication,
  findProgramOwnerId,
  listMembersUnder,
  listMissingEvidenceKeys,
  listSubmittedIds,
} from './demo-activity.repository.ts';
import { type DemoRecord, insertDemoRecords } from './demo-records.ts';
import { SHUNYI_TRAINING_COURSES } from './shunyi-2020.ts';

/** Where each course's trainees end among the 310 (95, 80, 60 and 75 of them, in the courses' order). */
const TRAINEES_BY_COURSE = [95, 175, 235, 310];

/**
 * Activity for the demo: records of demo members, applications taken in by every intake mode, some of
 * them approved up the chain (through the same review code staff use) and paid, others still waiting in
 * the queues. Everything runs in the seed's transaction; the volume follows the number of demo members.
 */
type Member = DemoMember;

async function membersUnder(sql: Sql, org: OrgRow | undefined, exclude: number[]): Promise<Member[]> {
  if (!org) return [];
  return listMembersUnder(sql, org.path, exclude);
}

/** A one-page PDF standing in for a scanned document. */
const PLACEHOLDER_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const file = (key: string) => ({ key, name: `${key}.pdf`, mime: 'application/pdf', data: PLACEHOLDER_PDF });

/** A scan of each required material the application lacks (a proposal carries none of its own). */
async function attachMissingMaterials(sql: Sql, id: number) {
  const keys = await listMissingEvidenceKeys(sql, id);
  if (keys.length)
    await insertFiles(
      sql,
      id,
      keys.map((key) => file(key)),
      null,
    );
}

/** Approves an application up its whole chain, each step on `effectiveOn` (default the day of `now`). */
async function approveFully(
  sql: Sql,
  actor: Actor,
  id: number,
  now: Date,
  choiceKey?: string,
  effectiveOn?: string,
) {
  await attachMissingMaterials(sql, id);
  for (let i = 0; i < 6; i++) {
    const app = await reviewApplication(
      sql,
      actor,
      id,
      'approve',
      { choiceKey, effectiveOn },
      { returnRow: false, now },
    );
    if (app.status !== 'submitted') return app;
  }
  throw new Error(`application ${id} did not reach a decision`);
}

const appIds = listSubmittedIds;

async function payAll(
  sql: Sql,
  actor: Actor,
  program: ProgramRow,
  reference: string,
  now: Date,
  paidOn?: string,
) {
  const batch = await createPaymentBatchIn(
    sql,
    actor,
    // made on the day it was paid: a past year's batch is dated in its year
    { programId: program.id, orgId: program.ownerOrgId, effectiveOn: paidOn },
    null,
    now,
  );
  await markBatchPaidIn(sql, actor, batch.id, reference, paidOn, now);
}

export interface DemoContext {
  sql: Sql;
  actor: Actor;
  orgs: Map<string, OrgRow>;
  programs: Map<string, ProgramRow>;
  /** The demo workers (kept out of bulk records so their phone journeys start clean). */
  workerIds: number[];
  /** The moment the demo is loaded at; this year's editions are its year's. */
  now: Date;
}

/**
 * What the activity made: the records, the applications in all, and `pastProgramIds`, the programs whose whole
 * activity (proposals, approvals, payments) it played on the days it happened in 2020, for the demo to date the
 * moments those rows were entered, and their workers' messages, on those days too.
 */
export interface DemoActivity {
  records: number;
  applications: number;
  pastProgramIds: number[];
}

export async function seedDemoActivity(c: DemoContext): Promise<DemoActivity> {
  const { sql, actor, orgs, programs, now } = c;
  const today = todayInChina(now);
  const year = Number(today.slice(0, 4));
  const p = (key: string) => programs.get(key) as ProgramRow;
  const records = await demoRecords(c, year);
  await insertDemoRecords(sql, records);

  // Proposals, approvals and payments under the 2020–2022 plan, each on the day it happened in 2020 (ADR 40):
  // 顺义's 2020 report shows the page's 170 / 19 / 5 / 310 approved and paid in 2020.
  const past = ['shunyi-2020-certificate', 'shunyi-2020-award', 'shunyi-2020-training'];
  await proposeIn(sql, actor, p('shunyi-2020-certificate'), '2020-12-01');
  await proposeIn(sql, actor, p('shunyi-2020-award'), '2020-12-01');
  await proposeIn(sql, actor, p('shunyi-2020-training'), '2020-12-01');
  const decided = '2020-12-28';
  for (const key of past) {
    for (const id of await appIds(sql, p(key).id, 10_000))
      await approveFully(sql, actor, id, now, undefined, decided);
  }
  await payAll(
    sql,
    actor,
    p('shunyi-2020-certificate'),
    '顺义区总工会 2020-12 助推金发放',
    now,
    '2020-12-30',
  );
  await payAll(sql, actor, p('shunyi-2020-award'), '顺义区总工会 2020-12 竞赛获奖助推', now, '2020-12-30');
  await payAll(sql, actor, p('shunyi-2020-training'), '顺义区总工会 2020-12 培训费助推', now, '2020-12-30');

  // Five secondary unions hosted competitions (seed 000): a union batch, each with its report.
  const unions = ['杨镇总工会', '李遂镇总工会', '马坡镇总工会', '北小营镇总工会', '双丰街道总工会']
    .map((n) => orgs.get(n))
    .filter((o): o is OrgRow => !!o);
  const competition = p('shunyi-2020-union-competition');
  const compVersion = await getVersion(sql, competition.id, competition.currentVersion);
  for (const u of unions) {
    const r = await submitApplication(
      sql,
      actor,
      competition,
      compVersion,
      { personId: null, applicantOrgId: u.id, intake: 'batch', appliedOn: '2020-11-10' },
      u.id,
    );
    await insertFiles(sql, r.applicationId, [file('competition_report')], null);
    await approveFully(sql, actor, r.applicationId, now, undefined, '2020-12-15');
  }
  await payAll(sql, actor, competition, '顺义区总工会 2020-12 二级工会竞赛助推', now, '2020-12-30');

  // Seed 002: patents proposed and approved (one subsidy per patent), in December 2021 as it happened.
  await proposeIn(sql, actor, p('bjft-invention-patent'), '2021-12-01');
  for (const id of await appIds(sql, p('bjft-invention-patent').id, 3))
    await approveFully(sql, actor, id, now, undefined, '2021-12-20');

  // Seed 003: warmth grants proposed (three approved and paid).
  const open = (key: string) => {
    const g = p(key);
    return `${year}-01-01` >= g.periodStart && `${year}-12-31` <= g.periodEnd ? g : null;
  };
  const warmth = open('tongzhou-warmth-grant');
  if (warmth) {
    await proposeIn(sql, actor, warmth, today);
    for (const id of await appIds(sql, warmth.id, 3)) await approveFully(sql, actor, id, now);
    // the three approved are paid out at once: this year's payment on the dashboard
    await payAll(sql, actor, warmth, '通州区总工会 两节送温暖一次性慰问金发放', now);
  }

  // Seed 001's group accident insurance of 北京邮政's outdoor workers is told once, by the insurance module (its
  // policies, insured and claims, seedInsurance), not again as programs of enrolment and claims here.
  return {
    records: records.length,
    applications: await countAllApplications(sql),
    pastProgramIds: [...past, 'shunyi-2020-union-competition'].map((key) => p(key).id),
  };
}

/**
 * The records the demo's plans read (seeds 000 and 002): 顺义's certificates, awards and trainings of 2020 (about a
 * third of its members), invention patents over the city, and the demo workers' certificates.
 */
async function demoRecords(c: DemoContext, year: number): Promise<DemoRecord[]> {
  const { sql, orgs } = c;
  const shunyi = await membersUnder(sql, orgs.get('顺义区总工会'), c.workerIds);
  const records: DemoRecord[] = [];
  const occupations = ['电工', '数控车工', '焊工', '维修电工', '钳工', '育婴员', '中式烹调师', '汽车维修工'];

  // Seed 000: certificates, awards and trainings of 2020 in 顺义 (about a third of its members). With the
  // demo workers' 2020 certificates below, the plan proposes the page's 170 certificates.
  const certHolders = shunyi.slice(0, Math.min(170 - c.workerIds.length, Math.ceil(shunyi.length / 3)));
  for (const [i, m] of certHolders.entries()) {
    records.push({
      personId: m.id,
      kind: 'certificate',
      occurredOn: `2020-${String((i % 11) + 1).padStart(2, '0')}-15`,
      grade: 5 - (i % 5),
      occupation: occupations[i % occupations.length],
      issuer: '北京市职业技能鉴定指导中心',
      number: `SY2020${String(i + 1).padStart(5, '0')}`,
      orgId: m.orgId,
    });
  }
  const awardees = shunyi.slice(
    certHolders.length,
    certHolders.length + Math.min(19, Math.ceil(shunyi.length / 20)),
  );
  for (const [i, m] of awardees.entries()) {
    records.push({
      personId: m.id,
      kind: 'award',
      occurredOn: '2020-10-20',
      level: i < 2 ? 'national' : 'city',
      rank: i === 0 ? '冠军' : i === 1 ? '二等奖' : ['一等奖', '二等奖', '三等奖'][i % 3],
      competition: i < 2 ? '全国职业技能大赛' : '北京市职工职业技能大赛',
      orgId: m.orgId,
    });
  }
  // 310 trainees passed; after them a few failed or missed the assessment and are not paid.
  const trainees = shunyi.slice(0, Math.min(310, Math.ceil(shunyi.length / 2)));
  const notPassed = shunyi.slice(
    trainees.length,
    trainees.length + Math.min(12, Math.ceil(shunyi.length / 20)),
  );
  // The 310 by course: 95 CAD, 80 graphic design, 60 3D design, 75 e-commerce; each course has its fee.
  const courseOf = (i: number) =>
    i < trainees.length ? TRAINEES_BY_COURSE.findIndex((upTo) => i < upTo) : i % TRAINEES_BY_COURSE.length;
  for (const [i, m] of [...trainees, ...notPassed].entries()) {
    const course = courseOf(i);
    records.push({
      personId: m.id,
      kind: 'training',
      occurredOn: `2020-${String((i % 10) + 2).padStart(2, '0')}-28`,
      course: SHUNYI_TRAINING_COURSES[course],
      organiser: '顺义区总工会职工技能培训中心',
      feeFen: [120_000, 180_000, 200_000, 260_000][course],
      result: i < trainees.length ? 'passed' : i % 3 === 0 ? 'absent' : 'failed',
      orgId: m.orgId,
    });
  }
  // Seed 002: invention patents; the first has two inventors (paid once), one first inventor is not front-line.
  const everyone = await membersUnder(sql, orgs.get('北京市总工会'), c.workerIds);
  const frontLine = everyone.filter((m) => m.isFrontLine).slice(0, 6);
  for (const [i, m] of frontLine.entries()) {
    records.push({
      personId: m.id,
      kind: 'patent',
      occurredOn: '2021-06-30',
      patentType: 'invention',
      patentNo: `ZL2021${String(10_000 + i)}.X`,
      inventorOrder: 1,
      title: [
        '一种配电柜散热装置',
        '数控刀具磨损检测方法',
        '物流分拣机器人',
        '智能巡检系统',
        '焊缝检测方法',
        '节能照明控制',
      ][i],
      orgId: m.orgId,
    });
  }
  const second = everyone.find((m) => !m.isFrontLine);
  if (second && frontLine[0]) {
    records.push({
      personId: second.id,
      kind: 'patent',
      occurredOn: '2021-06-30',
      patentType: 'invention',
      patentNo: 'ZL202110000.X',
      inventorOrder: 2,
      title: '一种配电柜散热装置',
      orgId: second.orgId,
    });
  }
  // The demo workers: a 2020 certificate (proposed under the plan) and one of this year (to apply on the phone).
  for (const [i, id] of c.workerIds.entries()) {
    records.push(
      {
        personId: id,
        kind: 'certificate',
        occurredOn: '2020-09-10',
        grade: 3,
        occupation: '电工',
        issuer: '北京市职业技能鉴定指导中心',
        number: `SY2020DEMO${i + 1}`,
      },
      {
        personId: id,
        kind: 'certificate',
        occurredOn: `${year}-03-15`,
        grade: 2,
        occupation: '维修电工',
        issuer: '北京市职业技能鉴定指导中心',
        number: `SY${year}DEMO${i + 1}`,
      },
    );
  }
  return records;
}

/** An application another module's demo has approved and paid, on the days it happened when they are past. */
export interface DemoDecision {
  applicationId: number;
  /** The tier chosen, where the program has tiers. */
  choiceKey?: string;
  /** The day approved (补录: a past day), by default the day of `now`. */
  decidedOn?: string;
  /** The day paid, not before `decidedOn`; by default the day of `now`. */
  paidOn?: string;
}

/**
 * For other modules' demos: approves each application up its chain (choosing the tier where one is given) on its
 * `decidedOn`, then pays what each program owes in one batch at its owner per payment day, made and paid that day.
 * Payment days are taken in order, each batch after its own approvals, so a batch holds what was approved by its day.
 */
export async function approveAndPayDemo(
  sql: Sql,
  actor: Actor,
  items: DemoDecision[],
  reference: string,
  now: Date,
): Promise<void> {
  const today = todayInChina(now);
  const batches = new Map<string, { programId: number; paidOn: string; items: DemoDecision[] }>();
  for (const item of items) {
    const programId = await findProgramIdOfApplication(sql, item.applicationId);
    const paidOn = item.paidOn ?? today;
    const key = `${paidOn}:${programId}`;
    const batch = batches.get(key) ?? { programId, paidOn, items: [] };
    batch.items.push(item);
    batches.set(key, batch);
  }
  for (const batch of [...batches.values()].sort((a, b) => a.paidOn.localeCompare(b.paidOn))) {
    for (const item of batch.items)
      await approveFully(sql, actor, item.applicationId, now, item.choiceKey, item.decidedOn);
    const orgId = await findProgramOwnerId(sql, batch.programId);
    const made = await createPaymentBatchIn(
      sql,
      actor,
      { programId: batch.programId, orgId, effectiveOn: batch.paidOn },
      null,
      now,
    );
    await markBatchPaidIn(sql, actor, made.id, reference, batch.paidOn, now);
  }
}
