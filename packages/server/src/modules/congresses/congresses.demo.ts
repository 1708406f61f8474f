import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { resolveOrgNames } from '../org/index.ts';
import { insertBallots, insertReads, membersForDemo } from './congresses.demo.repository.ts';
import type { DelegateCategory } from './congresses.repository.ts';
import { insertDelegates, listDelegates } from './congresses.repository.ts';
import { createCongressesService } from './congresses.service.ts';
import { orgNames as orgNamesOf } from './congresses.stats.repository.ts';

/**
 * Seed 001: 北京邮政工会 joins democratic management (民主管理: 职代会, 职工大会, 恳谈会, the chairman's mailbox) with
 * its 办实事 projects — 39 projects in three years, among them the upgrade of 165 投递员之家 and over 90万元 for a
 * 深夜食堂 for front-line workers during 双十一. The demo gives 北京邮政 its 第五届职工代表大会 (three sessions, one a
 * year, the third this year) with delegates of its two delivery units (one replaced on leaving), this year's
 * proposals in every state — the 深夜食堂 proposal accepted, answered, rated 满意 and made this year's 办实事 project —
 * the session's votes with attendance, and four 厂务公开 items with their readers. The demo worker's union (汇丰) holds
 * a small 职工大会 whose proposal window is open today, with the worker and 王芳 among its delegates.
 */
const CATEGORIES: DelegateCategory[] = [
  'frontline',
  'frontline',
  'frontline',
  'frontline',
  'frontline',
  'technician',
  'technician',
  'manager',
  'other',
  'frontline',
];

export async function seedCongresses(
  db: Db,
  today: string,
  options: { workerIds?: number[] } = {},
): Promise<{ congresses: number; proposals: number }> {
  const names = await db.tx((sql) =>
    resolveOrgNames(sql, { path: '/' }, ['北京邮政工会', '北京杨镇汇丰包装有限公司工会']),
  );
  const post = names.get('北京邮政工会');
  const firm = names.get('北京杨镇汇丰包装有限公司工会');
  if (!post || post === 'ambiguous') return { congresses: 0, proposals: 0 };
  const base = Date.parse(`${today}T00:00:00Z`);
  const day = (n: number) => new Date(base + n * 86_400_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  // the term's third session was held 60 days ago, one a year before it (in January that year is the last one)
  const sessionYear = Number(day(-60).slice(0, 4));
  let now = new Date(`${today}T09:00:00+08:00`);
  const at = (n: number) => {
    now = new Date(`${day(n)}T09:00:00+08:00`);
  };
  const svc = createCongressesService(db, () => now);
  const clerk = (org: { id: number; path: string }, name: string): Actor => ({
    userId: 0,
    username: 'demo',
    displayName: name,
    role: 'staff',
    orgId: org.id,
    scopePath: org.path,
    personId: null,
  });
  const worker = (personId: number): Actor => ({
    userId: 0,
    username: 'demo-worker',
    displayName: '职工代表',
    role: 'worker',
    orgId: null,
    scopePath: null,
    personId,
  });
  const staff = clerk(post, '北京邮政工会');

  // 第五届 since two years ago; its delegates from the delivery units' members
  at(0);
  const { id: congressId } = await svc.createCongress(staff, {
    orgId: post.id,
    name: '北京邮政职工代表大会',
  });
  const { id: termId } = await svc.addTerm(staff, congressId, {
    number: 5,
    startsOn: `${sessionYear - 2}-01-01`,
    endsOn: `${sessionYear + 2}-12-31`,
  });
  const members = await db.tx((sql) => membersForDemo(sql, post.path, 60));
  if (members.length < 24) return { congresses: 1, proposals: 0 };
  const seated = members.slice(0, members.length - 4);
  const spare = members.slice(members.length - 4);
  const orgIds = [...new Set(seated.map((m) => m.orgId))];
  const unitNames = await db.tx((sql) => orgNamesOf(sql, orgIds));
  const delegationOf = new Map<number, number>();
  for (const [orgId, name] of unitNames) {
    const { id } = await svc.addDelegation(staff, termId, {
      orgId,
      name: `${name.replace(/工会$/, '')}代表团`,
    });
    delegationOf.set(orgId, id);
  }
  await db.tx((sql) =>
    insertDelegates(
      sql,
      seated.map((m, i) => ({
        termId,
        delegationId: delegationOf.get(m.orgId) as number,
        personId: m.personId,
        orgId: m.orgId,
        category: CATEGORIES[i % CATEGORIES.length],
        isFemale: m.female,
        electedOn: `${sessionYear - 2}-01-01`,
      })),
    ),
  );
  // a delegate transferred away last year, replaced by a member of the same unit
  const roster = await db.tx((sql) => listDelegates(sql, termId));
  const leaving = roster[3];
  const successor = spare.find((m) => m.orgId === leaving.orgId) ?? spare[0];
  if (successor.orgId === leaving.orgId)
    await svc.replaceDelegate(staff, leaving.id, {
      reason: '调离本单位',
      personId: successor.personId,
      category: leaving.category,
      effectiveOn: `${sessionYear - 1}-06-15`,
    });

  // a session a year; this year's with its proposals
  await svc.addSession(staff, termId, {
    number: 1,
    title: '第五届职工代表大会第一次会议',
    heldOn: `${sessionYear - 2}-03-18`,
    proposalsFrom: `${sessionYear - 2}-02-20`,
    proposalsUntil: `${sessionYear - 2}-03-10`,
  });
  await svc.addSession(staff, termId, {
    number: 2,
    title: '第五届职工代表大会第二次会议',
    heldOn: `${sessionYear - 1}-03-20`,
    proposalsFrom: `${sessionYear - 1}-02-20`,
    proposalsUntil: `${sessionYear - 1}-03-12`,
  });
  const { id: sessionId } = await svc.addSession(staff, termId, {
    number: 3,
    title: '第五届职工代表大会第三次会议',
    heldOn: day(-60),
    proposalsFrom: day(-95),
    proposalsUntil: day(-70),
  });
  const current = (await db.tx((sql) => listDelegates(sql, termId))).filter((d) => d.endedOn === null);
  const d = (i: number) => worker(current[i % current.length].personId);

  at(-92);
  const file = async (i: number, title: string, body: string) =>
    (await svc.fileProposal(d(i), { sessionId, title, body })).id;
  const canteen = await file(
    0,
    '“双十一”期间为一线投递员开设深夜食堂',
    '“双十一”业务高峰期间投递员加班到深夜，建议在各投递部开设深夜食堂，免费提供热食。',
  );
  const homes = await file(
    1,
    '升级改造城区投递员之家',
    '部分投递员之家设施陈旧，建议统一配备微波炉、饮水机、休息座椅和充电设备。',
  );
  const homes2 = await file(2, '投递员之家增设电动车充电设施', '投递员之家缺少电动车充电桩，建议增设。');
  const safety = await file(
    4,
    '雨雪天气投递安全防护用品配发',
    '建议在雨雪季节前为外勤职工配发防滑鞋、雨衣和反光背心。',
  );
  const training = await file(
    5,
    '开展投递员技能提升培训',
    '建议联合培训机构开展投递员职业技能等级认定培训。',
  );
  const parking = await file(6, '职工停车难问题', '建议协调周边停车位，解决职工上下班停车难问题。');
  const checkup = await file(7, '增加女职工专项体检项目', '建议在年度体检中增加女职工专项检查项目。');
  const uniform = await file(8, '调整工装发放周期', '建议将冬季工装由三年一发调整为两年一发。');
  at(-88);
  // two co-signers each (from delegates who filed none), the last proposal only one: it waits for a second
  for (const [k, p] of [canteen, homes, homes2, safety, training, parking, checkup].entries())
    for (const j of [0, 1]) await svc.cosign(d(10 + ((2 * k + j) % (current.length - 10))), p);
  await svc.cosign(d(10), uniform);

  at(-66);
  for (const p of [canteen, homes, safety, training, checkup])
    await svc.examine(staff, p, { decision: 'accept' });
  await svc.examine(staff, homes2, {
    decision: 'merge',
    mergeInto: homes,
    reason: '与“升级改造城区投递员之家”内容相近，并案办理',
  });
  await svc.examine(staff, parking, {
    decision: 'reject',
    reason: '属于属地交通管理事项，已转公司行政协调，不作为提案立案',
  });
  at(-65);
  for (const [p, dept] of [
    [canteen, '工会办公室'],
    [homes, '综合办公室'],
    [safety, '安全质量部'],
    [checkup, '人力资源部'],
  ] as const)
    await svc.assign(staff, p, { department: dept });
  at(-50);
  await svc.answer(staff, canteen, {
    answer: '已列入今年办实事项目，“双十一”期间各投递部开设深夜食堂，专项资金90余万元。',
  });
  await svc.answer(staff, homes, {
    answer: '今年分两批升级城区165个投递员之家，统一配备微波炉、饮水机、休息座椅和充电设备。',
  });
  at(-40);
  await svc.answer(staff, safety, { answer: '已在雨雪季节前为外勤职工配发防滑鞋、雨衣和反光背心。' });
  at(-35);
  await svc.rate(d(0), canteen, 'satisfied');
  await svc.rate(d(1), homes, 'basic');
  at(-30);
  await svc.makePledge(staff, canteen, {
    year,
    category: 'welfare',
    budgetFen: 90_000_000,
    department: '工会办公室',
  });

  // the session's votes: attendance, then one ballot per delegate present
  const { present } = await svc.setAttendance(
    staff,
    sessionId,
    current.slice(0, Math.ceil(current.length * 0.9)).map((x) => x.id),
  );
  const voters = current.slice(0, present);
  for (const [title, kind, noes] of [
    ['第五届职工代表大会第三次会议决议', 'resolution', 1],
    ['《北京邮政集体合同（草案）》', 'agreement', 2],
    ['年度职工福利方案', 'welfare', 3],
  ] as const) {
    at(-60);
    const { id } = await svc.addMotion(staff, sessionId, { title, kind });
    await db.tx((sql) =>
      insertBallots(
        sql,
        id,
        voters.map((v, i) => ({
          delegateId: v.id,
          orgId: v.orgId,
          choice: i < noes ? 'no' : i === noes ? 'abstain' : 'yes',
        })),
      ),
    );
    await svc.closeMotion(staff, id);
  }

  // 厂务公开, with the members who read each
  const readers = await db.tx((sql) => membersForDemo(sql, post.path, 60));
  for (const [n, category, title, body, share] of [
    [
      -80,
      'finance',
      `${year - 1}年度工会经费收支情况`,
      '上年度工会经费收入、支出及结余情况，详见附表。',
      0.8,
    ],
    [
      -58,
      'welfare',
      `${year}年职工福利费使用计划`,
      '本年度职工福利费用于节日慰问、职工体检和困难职工帮扶。',
      0.6,
    ],
    [
      -45,
      'safety',
      `${year}年上半年安全生产情况通报`,
      '上半年全系统安全生产形势平稳，雨雪天气投递安全防护用品已配发到位。',
      0.5,
    ],
    [
      -20,
      'performance',
      '投递岗位绩效考核办法（修订）',
      '修订后的投递岗位绩效考核办法经职代会审议通过，自下月起执行。',
      0.3,
    ],
  ] as const) {
    at(n);
    const { id } = await svc.publishDisclosure(staff, { orgId: post.id, category, title, body });
    await db.tx((sql) => insertReads(sql, id, readers.slice(0, Math.floor(readers.length * share))));
  }

  // 汇丰's small 职工大会: the window open today, the worker and 王芳 among the delegates
  let congresses = 1;
  if (firm && firm !== 'ambiguous' && options.workerIds?.length) {
    at(0);
    const staffFirm = clerk(firm, '汇丰包装工会');
    const { id: small } = await svc.createCongress(staffFirm, {
      orgId: firm.id,
      name: '北京杨镇汇丰包装有限公司职工大会',
      kind: 'assembly',
      cosignMin: 1,
    });
    const { id: t } = await svc.addTerm(staffFirm, small, {
      number: 1,
      startsOn: `${year}-01-01`,
      endsOn: `${year + 2}-12-31`,
    });
    const { id: g } = await svc.addDelegation(staffFirm, t, { orgId: firm.id, name: '全体会员' });
    const others = (await db.tx((sql) => membersForDemo(sql, firm.path, 12))).filter(
      (m) => !options.workerIds?.includes(m.personId),
    );
    await svc.electDelegates(staffFirm, g, {
      effectiveOn: `${year}-01-01`,
      delegates: [
        ...options.workerIds.map((personId) => ({ personId, category: 'frontline' as const })),
        ...others.slice(0, 8).map((m, i) => ({ personId: m.personId, category: CATEGORIES[(i + 3) % 10] })),
      ],
    });
    const { id: s } = await svc.addSession(staffFirm, t, {
      number: 1,
      title: `${year}年职工大会`,
      heldOn: day(14),
      proposalsFrom: day(-3),
      proposalsUntil: day(10),
    });
    if (options.workerIds[1])
      await svc.fileProposal(worker(options.workerIds[1]), {
        sessionId: s,
        title: '包装车间增设饮水机',
        body: '夏季包装车间温度高，建议增设两台饮水机。',
      });
    congresses = 2;
  }
  now = new Date(`${today}T09:00:00+08:00`);
  return { congresses, proposals: 8 };
}
