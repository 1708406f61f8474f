import type { Sql } from '../../../db/db.ts';
import { createRandom, randomIdNumber, randomPhone } from '../../../demo/random.ts';
import { addDays, todayInChina } from '../../../shared/dates.ts';
import { DEMO_SEED } from '../../../shared/demo-actors.ts';
import type { OrgRow } from '../../org/index.ts';
import { enrolMember, findPersonIdByHash, type IdProtector } from '../../people/index.ts';
import { approveAndPayDemo, type DemoDecision, openSubjectApplication } from '../../programs/index.ts';
import { addCounts, type CountDelta } from '../../reporting/index.ts';
import type { RecognisableLevel, StudioLevel } from '../innovation.vocabulary.ts';
import { fieldOfUnion } from './studios.demo.fields.ts';
import {
  countStudios,
  findOrgIdByName,
  findUnionNames,
  insertDemoStudios,
  type Leader,
  leadersByIds,
  listDistrictLevelStudios,
  listGrassrootsUnder,
  ordinaryMembers,
} from './studios.demo.repository.ts';
import { DEMO_STUDIOS } from './studios.demo-alliance.ts';
import { listSubsidyApplicationIds } from './studios.grants.repository.ts';
import { isCityModelWorker, studioCount } from './studios.levels.ts';
import { proposeRecognitionIn, reviewRecognitionIn } from './studios.recognition.ts';
import {
  decideReport,
  findReportId,
  insertReevaluation,
  upsertReport,
} from './studios.reevaluation.repository.ts';
import { findStudioById } from './studios.repository.ts';

/**
 * Demo studios reproducing seeds 001 and 002 (deterministic):
 * - Beijing: 648 studios of city level and above, 202 of them led by model workers of city level or above.
 *   Those outside 昌平 were recognised before the platform; they are loaded with their level history.
 * - 昌平: 32 studios recognised at district level (through the recognition flow), 9 of them promoted to city
 *   level in 2016–2020 (their ¥30,000 subsidies opened by the recognition, approved and paid through the
 *   ledger), 7 innovation projects, and the district's own support: ¥1,567,000 paid in all over 2016–2020 (seed 001's
 *   five years, told at the end of 2020).
 */

interface StudioSeed {
  orgId: number;
  name: string;
  leader: Leader;
  field: [field: string, industry: string];
  level: StudioLevel;
  levelSince: string;
  foundedOn: string;
}

const day = (year: number, i: number) =>
  `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;

/**
 * The days a grant opened on `opened` was decided and paid, entered afterwards (补录) as they happened: approved
 * within a fortnight (by 20 December), paid on 28 December, so both fall in the year it was opened, which the
 * studio statistics count it in.
 */
export function grantDays(opened: string): { decidedOn: string; paidOn: string } {
  const year = opened.slice(0, 4);
  const soon = [addDays(opened, 14), `${year}-12-20`].sort()[0];
  return { decidedOn: soon < opened ? opened : soon, paidOn: `${year}-12-28` };
}

/** Inserts studios with one open level each (and their leader as a member), and counts them. */
async function insertStudios(sql: Sql, seeds: StudioSeed[]): Promise<number[]> {
  const used = new Set<string>();
  const names = seeds.map((s) => {
    let name = s.name;
    for (let k = 2; used.has(`${s.orgId}:${name}`); k++) name = `${s.name}（${k}）`;
    used.add(`${s.orgId}:${name}`);
    return name;
  });
  const mw = seeds.map((s) => isCityModelWorker(s.leader.modelWorkerLevel));
  const ids = await insertDemoStudios(
    sql,
    seeds.map((s, i) => ({
      orgId: s.orgId,
      name: names[i],
      field: s.field[0],
      industry: s.field[1],
      leaderPersonId: s.leader.id,
      foundedOn: s.foundedOn,
      description: `以${s.field[0]}技术攻关和人才培养为重点的职工创新工作室。`,
      level: s.level,
      levelSince: s.levelSince,
      countedModelWorker: mw[i],
    })),
  );
  const deltas: CountDelta[] = seeds.map((s, i) => studioCount(s, s.level, mw[i], s.levelSince, 1));
  await addCounts(sql, deltas);
  return ids;
}

/** Studios of city level and above the alliance demo adds outside 昌平 (studios.demo-alliance.ts), none led by a model worker. */
const ALLIANCE_CITY_STUDIOS = DEMO_STUDIOS.filter(
  (s) => s.level !== 'grassroots' && s.level !== 'district',
).length;

/**
 * The 639 studios of city level and above outside 昌平 (less those the alliance demo adds), 202 led by the model
 * workers given.
 */
async function seedBeijing(
  sql: Sql,
  changping: OrgRow,
  holders: number[],
  modelWorkerIds: number[],
  exclude: number[],
) {
  const mw = await leadersByIds(sql, modelWorkerIds.slice(0, 202));
  const others = await ordinaryMembers(sql, changping.path, false, [...exclude, ...modelWorkerIds]);
  const seeds: StudioSeed[] = [];
  const unions = await findUnionNames(sql, [...mw, ...others].map((l) => l.orgId).concat(holders));
  const perUnion = new Map<number, number>();
  for (let i = 0; i < 639 - ALLIANCE_CITY_STUDIOS; i++) {
    const leader: Leader =
      i % 3 === 0 && mw.length
        ? (mw.shift() as Leader)
        : (others.shift() ?? {
            id: null,
            name: null,
            orgId: holders[i % holders.length],
            modelWorkerLevel: null,
          });
    const level: StudioLevel = i % 71 === 0 ? 'national' : i % 9 === 0 ? 'city_demonstration' : 'city';
    const n = perUnion.get(leader.orgId) ?? 0;
    perUnion.set(leader.orgId, n + 1);
    const field = fieldOfUnion(unions.get(leader.orgId) ?? '', n);
    const since = day(2008 + (i % 12), i);
    seeds.push({
      orgId: leader.orgId,
      name: `${leader.name ?? `第${i + 1}`}${field[0]}创新工作室`,
      leader,
      field,
      level,
      levelSince: since,
      foundedOn: day(2006 + (i % 12), i + 3),
    });
  }
  await insertStudios(sql, seeds);
}

/** The studio proposed for `level` on `on`, and the proposal approved that day at every step of its review. */
async function recogniseFully(
  sql: Sql,
  studioId: number,
  level: RecognisableLevel,
  note: string,
  on: string,
  now: Date,
) {
  const { id } = await proposeRecognitionIn(sql, DEMO_SEED, studioId, { level, note, effectiveOn: on }, now);
  for (let i = 0; i < 6; i++) {
    const r = await reviewRecognitionIn(sql, DEMO_SEED, id, 'approve', { decidedOn: on }, now);
    if (r.status !== 'submitted') return;
  }
  throw new Error(`recognition ${id} did not reach a decision`);
}

/**
 * 孙礼玲 (seed 001), a member of 昌平区医院工会 since 2010, who leads the studio named after her: the demo enrols her
 * there, with an ID number of 昌平 no generated member holds.
 */
async function enrolSunLiling(sql: Sql, ids: IdProtector, hospital: number, today: string): Promise<Leader> {
  const r = createRandom(2018_0315);
  for (let serial = 0; ; serial++) {
    const idNumber = randomIdNumber(r, '110114', 400 + serial, true);
    if (await findPersonIdByHash(sql, ids.lookups(idNumber))) continue;
    const { personId } = await enrolMember(
      sql,
      ids,
      {
        name: '孙礼玲',
        idNumber,
        phone: randomPhone(r),
        employerName: '昌平区医院',
        orgId: hospital,
        joinedOn: '2010-03-01',
      },
      today,
    );
    return { id: personId, name: '孙礼玲', orgId: hospital, modelWorkerLevel: null };
  }
}

/** 昌平: 32 studios recognised at district level, 9 promoted to city level, with their subsidies paid. */
async function seedChangping(
  sql: Sql,
  changping: OrgRow,
  exclude: number[],
  protector: IdProtector,
  now: Date,
) {
  const today = todayInChina(now);
  const hosts = await listGrassrootsUnder(sql, changping.path);
  const leaders = await ordinaryMembers(sql, changping.path, true, exclude);
  const hospital = await findOrgIdByName(sql, '昌平区医院工会');
  const sun = hospital ? await enrolSunLiling(sql, protector, hospital, today) : undefined;
  const unions = await findUnionNames(sql, [...leaders.map((l) => l.orgId), ...hosts.map((h) => h.id)]);
  const perUnion = new Map<number, number>();
  const seeds: StudioSeed[] = Array.from({ length: 32 }, (_, i) => {
    const leader: Leader = leaders[i] ?? {
      id: null,
      name: null,
      orgId: hosts[i % hosts.length].id,
      modelWorkerLevel: null,
    };
    // 孙礼玲's studio, at 昌平区医院, was founded in 2018 and promoted to city level in 2020 (seed 001): its
    // cardiology work (冠状动脉内旋磨术, 血管内超声) is the achievements demo's. She leads it.
    if (i === 0) {
      return {
        orgId: hospital ?? leader.orgId,
        name: '孙礼玲创新工作室',
        leader: sun ?? { ...leader, orgId: hospital ?? leader.orgId },
        field: ['心血管介入', '医疗卫生'],
        level: 'grassroots',
        levelSince: '2018-03-15',
        foundedOn: '2018-03-15',
      };
    }
    const n = perUnion.get(leader.orgId) ?? 0;
    perUnion.set(leader.orgId, n + 1);
    const field = fieldOfUnion(unions.get(leader.orgId) ?? '', n);
    const founded = day(2010 + (i % 5), i);
    return {
      orgId: leader.orgId,
      name: `${leader.name ?? `昌平第${i + 1}`}${field[0]}创新工作室`,
      leader,
      field,
      level: 'grassroots',
      levelSince: founded,
      foundedOn: founded,
    };
  });
  const ids = await insertStudios(sql, seeds);
  // District recognition (2011–2015, 孙礼玲's in 2018) through the recognition flow, decided by 昌平区总工会.
  for (const [i, id] of ids.entries()) {
    const on = i === 0 ? '2018-12-20' : day(2011 + (i % 5), i + 5);
    await recogniseFully(sql, id, 'district', '区级职工创新工作室认定', on, now);
  }
  await seedChangpingSubsidies(sql, ids, now);
  await seedReevaluation(sql, changping, ids, today);
}

/**
 * Nine of 昌平's studios promoted to city level in 2016–2020, seven innovation projects and the district's
 * support of every studio, approved and paid in the year each was opened (补录): ¥1,567,000 in all.
 */
async function seedChangpingSubsidies(sql: Sql, ids: number[], now: Date) {
  const pay: DemoDecision[] = [];
  // Nine promoted to city level in 2016–2020, two a year (孙礼玲's first, in 2020): each recognition opens its
  // ¥30,000 subsidy, which the recognition subsidies' period (from 2016) takes in its year.
  for (const [i, id] of ids.slice(0, 9).entries()) {
    const on = day(2020 - Math.floor(i / 2), i + 2);
    await recogniseFully(sql, id, 'city', '推荐为市级职工创新工作室', on, now);
    const days = grantDays(on);
    pay.push(
      ...(await listSubsidyApplicationIds(sql, id)).map((applicationId) => ({ applicationId, ...days })),
    );
  }
  // Seven innovation projects (¥100,000 / 2 × ¥50,000 / 4 × ¥30,000) in 2020, the first year of the project
  // program, and the district's support of each studio (actual spending) over 2016–2020: ¥1,567,000 paid in all
  // with the recognitions.
  const tiers = ['tier1', 'tier2', 'tier2', 'tier3', 'tier3', 'tier3', 'tier3'];
  for (const [i, choiceKey] of tiers.entries()) {
    const studio = await findStudioById(sql, ids[i * 4]);
    const year = 2020;
    const appliedOn = day(year, i + 4);
    const opened = await openSubjectApplication(sql, DEMO_SEED, {
      presetKey: 'bjft-innovation-project',
      orgId: studio?.orgId as number,
      subjectKey: `studio:${ids[i * 4]}:project:${year}`,
      appliedOn,
      note: `${studio?.name}：创新项目`,
    });
    if (opened) pay.push({ applicationId: opened.applicationId, choiceKey, ...grantDays(appliedOn) });
  }
  for (const [i, id] of ids.entries()) {
    const studio = await findStudioById(sql, id);
    const yuan = i < 31 ? 26_000 + (i % 6) * 2_000 : 21_000;
    const year = 2016 + (i % 5);
    const appliedOn = day(year, i + 7);
    const opened = await openSubjectApplication(sql, DEMO_SEED, {
      presetKey: 'changping-studio-support',
      orgId: studio?.orgId as number,
      subjectKey: `studio:${id}:support`,
      appliedOn,
      claimedFen: yuan * 100,
      note: `${studio?.name}：工作室建设经费`,
    });
    if (opened) pay.push({ applicationId: opened.applicationId, ...grantDays(appliedOn) });
  }
  await approveAndPayDemo(sql, DEMO_SEED, pay, '昌平区创新工作室助推（演示）', now);
}

/** The year of the demo's re-evaluation on `today`: the last whose round (decided on 15 February after it) is over. */
export function demoReevaluationYear(today: string): number {
  const thisYear = Number(today.slice(0, 4));
  return today > `${thisYear}-02-15` ? thisYear - 1 : thisYear - 2;
}

/**
 * 昌平's re-evaluation of its district-level studios for the last year whose round is over (reports due by 31 January,
 * decided on 15 February of the next year; before 16 February the year before last, so that no report is filed nor
 * decided after today): two thirds filed their yearly report and most were decided (合格, one 限期整改); the rest are
 * overdue. No studio is revoked, so the figures stand.
 */
async function seedReevaluation(sql: Sql, changping: OrgRow, ids: number[], today: string) {
  const year = demoReevaluationYear(today);
  const reevaluationId = await insertReevaluation(sql, {
    orgId: changping.id,
    year,
    level: 'district',
    dueOn: `${year + 1}-01-31`,
    createdBy: null,
  });
  if (reevaluationId === null) return;
  const districtStudios = await listDistrictLevelStudios(sql, ids);
  for (const [i, id] of districtStudios.entries()) {
    if (i % 3 === 2) continue;
    const filedOn = `${year + 1}-01-${String((i % 20) + 5).padStart(2, '0')}`;
    await upsertReport(sql, {
      reevaluationId,
      studioId: id,
      activities: `全年开展技术攻关${6 + (i % 7)}次、技能培训${3 + (i % 4)}期`,
      peopleTrained: 20 + ((i * 7) % 60),
      achievementIds: [],
      filedOn,
      filedBy: null,
    });
    if (i % 3 === 0) {
      await decideReport(sql, {
        reportId: (await findReportId(sql, reevaluationId, id)) as number,
        outcome: i === 3 ? 'rectify' : 'pass',
        reason: i === 3 ? '培训台账不完整，限三个月内整改' : null,
        decidedOn: `${year + 1}-02-15`,
        decidedBy: null,
      });
    }
  }
}

/**
 * Loads the demo studios. `modelWorkerIds`: persons who are model workers of city level or above (202 lead
 * Beijing studios); `exclude`: persons kept out (the demo workers). Enrols 孙礼玲 at 昌平区医院工会 (`ids`
 * protects her ID number).
 */
export async function seedStudiosDemo(
  sql: Sql,
  orgs: { changping: OrgRow; holders: number[] },
  people: { modelWorkerIds: number[]; exclude: number[] },
  ids: IdProtector,
  now: Date,
): Promise<{ studios: number }> {
  await seedChangping(sql, orgs.changping, people.exclude, ids, now);
  await seedBeijing(sql, orgs.changping, orgs.holders, people.modelWorkerIds, people.exclude);
  return { studios: await countStudios(sql) };
}
