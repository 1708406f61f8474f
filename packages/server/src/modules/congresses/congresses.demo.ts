import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { resolveOrgNames } from '../org/index.ts';
import { seedFirmAssembly } from './congresses.demo.assembly.ts';
import { CATEGORIES, type CongressDemo, congressDemo } from './congresses.demo.context.ts';
import { seedPostProposals } from './congresses.demo.proposals.ts';
import { insertBallots, insertReads, membersForDemo } from './congresses.demo.repository.ts';
import { type DelegateRow, insertDelegates, listDelegates } from './congresses.repository.ts';
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
export async function seedCongresses(
  db: Db,
  today: string,
  options: { workerIds?: number[] } = {},
): Promise<{ congresses: number; proposals: number }> {
  const names = await db.tx((sql) =>
    resolveOrgNames(sql, { path: '/' }, ['北京邮政工会', '北京杨镇汇丰包装有限公司工会']),
  );
  const post = names.get('北京邮政工会');
  if (!post || post === 'ambiguous') return { congresses: 0, proposals: 0 };
  const c = congressDemo(db, today);
  const staff = c.clerk(post, '北京邮政工会');
  const term = await seedPostTerm(c, staff, post);
  if (!term) return { congresses: 1, proposals: 0 };
  const { sessionId, current } = term;
  const d = (i: number) => c.worker(current[i % current.length].personId);
  await seedPostProposals(c, staff, sessionId, current.length, d);
  await seedVotes(c, staff, sessionId, current);
  await seedDisclosures(c, staff, post);
  const congresses = await seedFirmAssembly(c, names.get('北京杨镇汇丰包装有限公司工会'), options.workerIds);
  c.at(0);
  return { congresses, proposals: 8 };
}

/**
 * 北京邮政's 第五届 since two years ago: its delegations and delegates from the delivery units' members (one replaced
 * on leaving), a session a year, the third 60 days ago (in January that year is the last one). Null where the
 * unions hold too few members to seat a congress.
 */
async function seedPostTerm(c: CongressDemo, staff: Actor, post: { id: number; path: string }) {
  const { db, svc, at, day } = c;
  const sessionYear = Number(day(-60).slice(0, 4));
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
  if (members.length < 24) return null;
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
  return { sessionId, current };
}

/** The session's votes: attendance, then one ballot per delegate present. */
async function seedVotes(c: CongressDemo, staff: Actor, sessionId: number, current: DelegateRow[]) {
  const { db, svc, at } = c;
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
}

/**
 * 厂务公开, with the members who read each: each names the year by its own day (in January the finances published in
 * the autumn are still the year before's, and the half-year safety report is of the half that has ended).
 */
async function seedDisclosures(c: CongressDemo, staff: Actor, post: { id: number; path: string }) {
  const { db, svc, at, day } = c;
  const readers = await db.tx((sql) => membersForDemo(sql, post.path, 60));
  const yearOf = (n: number) => Number(day(n).slice(0, 4));
  const halfBefore = (n: number) =>
    Number(day(n).slice(5, 7)) > 6 ? `${yearOf(n)}年上半年` : `${yearOf(n) - 1}年下半年`;
  for (const [n, category, title, body, share] of [
    [
      -80,
      'finance',
      `${yearOf(-80) - 1}年度工会经费收支情况`,
      '上年度工会经费收入、支出及结余情况，详见附表。',
      0.8,
    ],
    [
      -58,
      'welfare',
      `${yearOf(-58)}年职工福利费使用计划`,
      '本年度职工福利费用于节日慰问、职工体检和困难职工帮扶。',
      0.6,
    ],
    [
      -45,
      'safety',
      `${halfBefore(-45)}安全生产情况通报`,
      '本期全系统安全生产形势平稳，雨雪天气投递安全防护用品已配发到位。',
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
}
