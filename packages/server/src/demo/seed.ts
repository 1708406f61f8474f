import type { Db, Sql } from '../db/db.ts';
import { seedAgreements } from '../modules/agreements/index.ts';
import { DEMO_PASSWORD, hashPassword, insertGrants } from '../modules/auth/index.ts';
import { seedCare } from '../modules/care/index.ts';
import { seedCases } from '../modules/cases/index.ts';
import { seedCongresses } from '../modules/congresses/index.ts';
import { seedContests } from '../modules/contests/index.ts';
import { seedCounselling } from '../modules/counselling/index.ts';
import { seedDonations } from '../modules/donations/index.ts';
import { seedHardship } from '../modules/hardship/index.ts';
import { seedAchievements, seedProblemsDemo, seedStudiosDemo } from '../modules/innovation/index.ts';
import { seedLearning } from '../modules/learning/index.ts';
import { seedMemberRequests } from '../modules/memberrequests/index.ts';
import { seedModelWorkers } from '../modules/modelworkers/index.ts';
import { insertOrg, levelOfKind, type OrgRow, usccCheckChar } from '../modules/org/index.ts';
import { seedPledges } from '../modules/pledges/index.ts';
import { seedPrograms } from '../modules/programs/index.ts';
import { seedSelections } from '../modules/selections/index.ts';
import { MODULES } from '../modules.gen.ts';
import type { Services } from '../services.ts';
import { todayInChina } from '../shared/dates.ts';
import { DEMO_TREE, type DemoOrg } from './demo-tree.ts';
import { generateMembers, insertPersons } from './members.ts';
import { createRandom, type Random, randomIdNumber } from './random.ts';
import {
  countOrgs,
  datePastActivity,
  findUserId,
  hasDemoAccounts,
  insertDemoUser,
  listPersonIdsWithAccounts,
} from './seed.repository.ts';

export const DEMO_ACCOUNTS = [
  { username: 'admin', role: 'admin', org: null, zh: '系统管理员', en: 'system administrator' },
  { username: 'security', role: 'security_admin', org: null, zh: '安全管理员', en: 'security administrator' },
  { username: 'auditor', role: 'audit_admin', org: null, zh: '审计管理员', en: 'audit administrator' },
  {
    username: 'shunyi',
    role: 'manager',
    org: 'shunyi',
    zh: '顺义区总工会管理员',
    en: 'administrator of 顺义区总工会',
  },
  {
    username: 'yangzhen',
    role: 'manager',
    org: 'yangzhen',
    zh: '杨镇总工会管理员',
    en: 'administrator of 杨镇总工会',
  },
  {
    username: 'huifeng',
    role: 'staff',
    org: 'huifeng',
    zh: '汇丰包装工会工作人员',
    en: 'staff of the grassroots union 北京杨镇汇丰包装有限公司工会',
  },
  {
    username: 'changping',
    role: 'manager',
    org: 'changping',
    zh: '昌平区总工会管理员',
    en: 'administrator of 昌平区总工会',
  },
  {
    username: 'tongzhou',
    role: 'manager',
    org: 'tongzhou',
    zh: '通州区总工会管理员',
    en: 'administrator of 通州区总工会',
  },
  {
    username: 'reviewer',
    role: 'reviewer',
    org: 'shunyi',
    zh: '顺义区总工会审核人',
    en: 'reviewer at 顺义区总工会',
  },
  {
    username: 'counsellor',
    role: 'counsellor',
    org: 'federation',
    zh: '北京市总工会职工心理服务中心心理咨询师（值班）',
    en: 'counsellor (on duty) at 北京市总工会',
  },
  { username: 'worker', role: 'worker', org: null, zh: '杨镇职工（会员）', en: 'a member under 杨镇' },
  { username: 'worker2', role: 'worker', org: null, zh: '杨镇职工（会员）', en: 'another member under 杨镇' },
] as const;

/** The demo worker: a fixed, valid ID number so documentation and tests can name it. */
export const DEMO_WORKER = { name: '李明', idNumber: '110113199003151239', phone: '13800138000' };
/** A second demo worker in the same union, e.g. for two phones claiming at once. */
export const DEMO_WORKER2 = { name: '王芳', idNumber: '110113199208200022', phone: '13800138001' };

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function demoUscc(r: Random, region: string): string {
  let body = `91${region}`;
  for (let i = 0; i < 9; i++) body += USCC_CHARS[r.int(0, 30)];
  return body + usccCheckChar(body);
}

async function insertTree(
  sql: Sql,
  node: DemoOrg,
  parent: OrgRow | null,
  r: Random,
  region: string,
  out: Map<string, OrgRow>,
  all: { org: OrgRow; region: string }[],
) {
  const reg = node.region ?? region;
  const enterprise = /公司|集团|医院|厂|矿/.test(node.name) && node.kind !== 'branch';
  const org = await insertOrg(
    sql,
    {
      parentId: parent?.id ?? null,
      level: levelOfKind(node.kind),
      kind: node.kind,
      name: node.name,
      uscc: enterprise ? demoUscc(r, reg) : null,
      employerName: enterprise ? node.name.replace(/工会$/, '') : null,
      foundedOn: node.foundedOn ?? null,
      committee: node.committee ?? null,
    },
    parent?.path ?? '/',
  );
  if (node.key) out.set(node.key, org);
  all.push({ org, region: reg });
  for (const child of node.children ?? []) await insertTree(sql, child, org, r, reg, out, all);
}

/**
 * Innovation studios (seeds 001, 002). Beijing's 202 studios led by model workers of city level or above need
 * such leaders: they are added as members of unions outside 顺义 and 昌平 (whose seed figures count members),
 * with a generator of their own so the rest of the demo stays as it was.
 */
async function seedInnovation(
  sql: Sql,
  services: Services,
  keyed: Map<string, OrgRow>,
  all: { org: OrgRow; region: string }[],
  now: Date,
) {
  const changping = keyed.get('changping') as OrgRow;
  const shunyi = keyed.get('shunyi') as OrgRow;
  const holders = all
    .filter(({ org }) => org.kind === 'grassroots' || org.kind === 'branch')
    .filter(({ org }) => !org.path.startsWith(changping.path) && !org.path.startsWith(shunyi.path))
    .map(({ org, region }) => ({ id: org.id, region }));
  const modelWorkers = generateMembers(createRandom(648202), holders, 202, 700_000).map((p, i) => ({
    ...p,
    modelWorkerLevel: i % 4 === 0 ? ('national' as const) : ('city' as const),
  }));
  const modelWorkerIds = await insertPersons(sql, services.ids, modelWorkers, todayInChina(now));
  const { studios } = await seedStudiosDemo(
    sql,
    { changping, holders: holders.map((h) => h.id) },
    { modelWorkerIds, exclude: await listPersonIdsWithAccounts(sql) },
    services.ids,
    now,
  );
  const leaders = modelWorkers.map((p, i) => ({
    personId: modelWorkerIds[i],
    name: p.name,
    idNumber: p.idNumber,
    orgId: p.orgId,
    level: p.modelWorkerLevel,
  }));
  // the members it added: the model workers and 孙礼玲 (enrolled by the studios demo)
  return { studios, members: modelWorkerIds.length + 1, leaders };
}

/**
 * The 26 model workers 卢沟桥地区总工会 visited before the Spring Festival (seed 004), members of its grassroots
 * unions: four of city level, the others of 丰台区. Their own generator keeps the rest of the demo as it was.
 */
async function seedLuGouQiaoModelWorkers(
  sql: Sql,
  services: Services,
  all: { org: OrgRow; region: string }[],
  today: string,
) {
  const town = all.find(({ org }) => org.name === '卢沟桥地区总工会')?.org;
  if (!town) return [];
  const holders = all
    .filter(
      ({ org }) => org.path.startsWith(town.path) && (org.kind === 'grassroots' || org.kind === 'branch'),
    )
    .map(({ org, region }) => ({ id: org.id, region }));
  const seeds = generateMembers(createRandom(2021026), holders, 26, 800_000).map((p, i) => ({
    ...p,
    modelWorkerLevel: i < 4 ? ('city' as const) : ('district' as const),
  }));
  const ids = await insertPersons(sql, services.ids, seeds, today);
  return seeds.map((p, i) => ({ personId: ids[i], name: p.name, idNumber: p.idNumber, orgId: p.orgId }));
}

export async function isSeeded(db: Db): Promise<boolean> {
  return (await countOrgs(db)) > 0;
}

/** Whether the demo's accounts are there to print (a database set up empty has its own accounts, not these). */
export const demoAccountsLoaded = (db: Db) => hasDemoAccounts(db, DEMO_ACCOUNTS[0].username);

/** Loads the demo tree, members and accounts in one transaction. Deterministic from `seed`. */
export async function seedDemo(
  db: Db,
  services: Services,
  options: { members?: number; seed?: number; now: Date },
) {
  // the day the demo is loaded on: its dates (this year's editions, last year's re-evaluation…) count from it
  const { now } = options;
  const today = todayInChina(now);
  const r = createRandom(options.seed ?? 20201214);
  const memberCount = options.members ?? 3000;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await db.tx(async (sql) => {
    const keyed = new Map<string, OrgRow>();
    const all: { org: OrgRow; region: string }[] = [];
    await insertTree(sql, DEMO_TREE, null, r, '110101', keyed, all);
    const holders = all
      .filter(({ org }) => org.kind === 'grassroots' || org.kind === 'branch')
      .map(({ org, region }) => ({ id: org.id, region }));
    const yangzhenFirm = all.find(({ org }) => org.name === '北京杨镇汇丰包装有限公司工会')?.org as OrgRow;
    // the two demo workers, front-line members of 杨镇汇丰包装: the first before the generated members, the second after
    const demoWorker = async (w: typeof DEMO_WORKER) => {
      const seed = {
        ...w,
        isFrontLine: true,
        isOutdoor: false,
        isNewEmployment: false,
        modelWorkerLevel: null,
        hardshipLevel: null,
        orgId: yangzhenFirm.id,
      };
      return (await insertPersons(sql, services.ids, [seed], today))[0];
    };
    const workerId = await demoWorker(DEMO_WORKER);
    await insertPersons(sql, services.ids, generateMembers(r, holders, memberCount), today);
    const worker2Id = await demoWorker(DEMO_WORKER2);
    const workers = {
      worker: { ...DEMO_WORKER, id: workerId },
      worker2: { ...DEMO_WORKER2, id: worker2Id },
    } as Record<string, { name: string; phone: string; id: number }>;
    for (const a of DEMO_ACCOUNTS) {
      const person = workers[a.username];
      const org = a.org ? keyed.get(a.org) : undefined;
      const userId = await insertDemoUser(sql, {
        username: a.username,
        displayName: person?.name ?? a.zh,
        passwordHash,
        personId: person?.id ?? null,
        phone: person?.phone ?? null,
      });
      await insertGrants(sql, userId, [{ role: a.role, orgId: org?.id ?? null }]);
    }
    const byName = new Map(all.map(({ org }) => [org.name, org]));
    const programs = await seedPrograms(sql, byName, null, { workerIds: [workerId, worker2Id], now });
    await datePastActivity(sql, programs.pastProgramIds);
    const { contests } = await seedContests(sql, byName, now);
    const learning = await seedLearning(sql, byName, { masterPersonId: worker2Id }, today);
    const agreements = await seedAgreements(sql, byName, now);
    const pledges = await seedPledges(sql, byName, today);
    const donations = await seedDonations(sql, byName, programs.presetIds, now);
    const studios = await seedInnovation(sql, services, keyed, all, now);
    await seedCare(sql, byName, now);
    const luGouQiao = await seedLuGouQiaoModelWorkers(sql, services, all, today);
    return {
      modelWorkerLeaders: studios.leaders,
      luGouQiao,
      orgs: all.length + agreements.orgs,
      learningSites: learning.sites,
      members: memberCount + 2 + studios.members + luGouQiao.length,
      programs: programs.programs,
      contests,
      agreements: agreements.agreements,
      pledges: pledges.pledges,
      yangzhenPath: (keyed.get('yangzhen') as OrgRow).path,
      workerIds: [workerId, worker2Id],
      donations: donations.donations,
      studios: studios.studios,
      firmId: yangzhenFirm.id,
      workerId,
      shunyiPath: (keyed.get('shunyi') as OrgRow).path,
    };
  });
  // Two people waiting to join 汇丰's union online (网上入会), for its staff's 入会申请 page.
  for (const [i, name] of ['赵晓燕', '孙建国'].entries()) {
    await services.join.createJoinRequest(
      {
        orgId: seeded.firmId,
        name,
        idNumber: randomIdNumber(r, '110113', 900000 + i, i === 0),
        phone: `1371234${String(i + 1).padStart(4, '0')}`,
        employer: '北京杨镇汇丰包装有限公司',
      },
      'demo',
    );
  }
  await seedSelections(db, services.ids, today);
  await db.tx((sql) => seedAchievements(sql, services.innovation.achievements));
  const innovation = await seedProblemsDemo(db, services.innovation, today);
  const cases = await seedCases(db, services.ids, {
    shunyiPath: seeded.shunyiPath,
    workerPersonId: seeded.workerId,
    now,
  });
  const hardship = await seedHardship(db, services.hardship, seeded.yangzhenPath, seeded.workerIds, today);
  const counselling = await seedCounselling(db, today, (await findUserId(db, 'counsellor')) ?? null);
  const modelWorkers = await seedModelWorkers(db, services.ids, {
    leaders: seeded.modelWorkerLeaders,
    luGouQiao: seeded.luGouQiao,
    now,
  });
  const congresses = await seedCongresses(db, today, { workerIds: seeded.workerIds });
  const memberRequests = await seedMemberRequests(db, seeded.workerIds[1], now);
  // the modules that declare their demo in their manifest, in module order
  const declared: Record<string, number> = {};
  for (const m of MODULES) {
    if (m.demo) Object.assign(declared, await m.demo({ db, ids: services.ids, today, now }));
  }
  // The demo accounts are shared by everyone trying the platform, and by the browser journeys: any number of
  // sessions per account instead of the default 3 (ADR 82); every other account rule stays as installed.
  const security = (await findUserId(db, 'security')) ?? 0;
  await services.securitySettings.updateSettings(
    {
      userId: security,
      username: 'security',
      displayName: '安全管理员',
      role: 'security_admin',
      orgId: null,
      scopePath: null,
      personId: null,
    },
    { ...(await services.securitySettings.getSettings()), maxSessions: 0 },
  );
  const {
    firmId: _firm,
    workerId: _worker,
    shunyiPath: _shunyi,
    yangzhenPath: _yangzhen,
    workerIds: _workers,
    modelWorkerLeaders: _leaders,
    luGouQiao: _luGouQiao,
    ...counts
  } = seeded;
  return {
    ...counts,
    problems: innovation.problems,
    cases: cases.cases,
    ...hardship,
    ...memberRequests,
    ...declared,
    counsellingVolunteers: counselling.volunteers,
    modelWorkers: modelWorkers.modelWorkers,
    congresses: congresses.congresses,
    congressProposals: congresses.proposals,
  };
}
