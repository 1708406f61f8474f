import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { resolveOrgNames } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { insertFoundedRecord } from './elections.foundings.repository.ts';
import { insertCommittee, upsertSetting } from './elections.repository.ts';
import { addMonths, createElectionsService } from './elections.service.ts';

/**
 * Seed 001: on 14 December 2020 怀柔区消防救援支队 "正式组建工会，选举产生工会第一届委员会" — its founding under 怀柔区总工会,
 * step by step, and its first committee, whose five-year term has since ended (an election overdue). Around it,
 * unions whose committees' terms end within months or have ended (杨镇's among them), 西城's three-year rule, and a
 * founding under way at 杨镇.
 */
const FIRE = '怀柔区消防救援支队工会';
const HUAIROU = '怀柔区总工会';
const FIRE_COMMITTEE = {
  chair: '宋建军',
  viceChairs: ['李海涛'],
  members: ['宋建军', '李海涛', '王雪', '赵明', '刘志强'],
  auditors: ['刘志强'],
  women: ['王雪'],
};

/** Unions with a recorded election: how many months before today's term end (negative: ended), chair, vice-chair. */
const TERMS: [string, number, string, string][] = [
  ['杨镇社区卫生服务中心工会', -4, '周玉兰', '孙立伟'],
  ['北京顺鑫杨镇农业有限公司工会', 2, '马国庆', '张红梅'],
  ['北京杨镇汇丰包装有限公司工会', 30, '刘建华', '陈晓燕'],
  ['龙山街道社区工会联合会', 4, '冯雅静', '韩志刚'],
  ['德胜街道总工会', -2, '陈洪祥', '杜丽娟'],
  ['建国门街道总工会', 5, '黄波', '吴晓东'],
  ['大安山乡机关工会', -15, '郭振山', '田淑芬'],
  ['北京马坡精密机械有限公司工会', 20, '曹立新', '许文静'],
];
const MEMBERS = ['王志强', '李秀英', '张建国', '赵丽娜', '钱学斌', '孙海燕'];

export async function seedElections(
  db: Db,
  today: string,
): Promise<{ foundings: number; elections: number }> {
  const names = await db.tx((sql) =>
    resolveOrgNames(sql, { path: '/' }, [
      FIRE,
      HUAIROU,
      '西城区总工会',
      '杨镇总工会',
      ...TERMS.map((t) => t[0]),
    ]),
  );
  const at = (name: string) => {
    const o = names.get(name);
    return o && o !== 'ambiguous' ? o : null;
  };
  const fire = at(FIRE);
  const huairou = at(HUAIROU);
  let foundings = 0;
  if (fire && huairou) {
    await db.tx(async (sql) => {
      const id = await insertFoundedRecord(sql, {
        parentOrgId: huairou.id,
        name: FIRE,
        kind: 'grassroots',
        employerName: '怀柔区消防救援支队',
        uscc: null,
        workerCount: 58,
        applicants: ['宋建军', '李海涛', '王雪'],
        appliedOn: '2020-11-16',
        createdBy: null,
        orgId: fire.id,
        prepLeader: '宋建军',
        prepMembers: ['宋建军', '李海涛', '王雪'],
        preparedOn: '2020-11-23',
        metOn: '2020-12-14',
        membersTotal: 52,
        membersPresent: 49,
        committee: FIRE_COMMITTEE,
        approvedOn: '2020-12-14',
      });
      await insertCommittee(sql, {
        orgId: fire.id,
        termNo: 1,
        electedOn: '2020-12-14',
        termYears: 5,
        ...FIRE_COMMITTEE,
        foundingId: id,
      });
      await addCounts(sql, [
        { subject: 'elections.founded', orgId: fire.id, on: '2020-12-14', n: 1 },
        { subject: 'elections.founding_members', orgId: fire.id, on: '2020-12-14', n: 52 },
      ]);
    });
    foundings += 1;
  }
  const xicheng = at('西城区总工会');
  if (xicheng) await db.tx((sql) => upsertSetting(sql, xicheng.id, 3, 'voting'));

  const service = createElectionsService(db, () => new Date(`${today}T09:00:00+08:00`));
  const clerk: Actor = {
    userId: 0,
    username: 'demo',
    displayName: '北京市总工会',
    role: 'staff',
    orgId: null,
    scopePath: '/',
    personId: null,
  };
  let elections = 0;
  for (const [name, monthsLeft, chair, vice] of TERMS) {
    const union = at(name);
    if (!union) continue;
    const years = name === '德胜街道总工会' ? 3 : 5;
    const voters = 40 + name.length * 3;
    const present = voters - 3;
    await service.recordElection(clerk, {
      orgId: union.id,
      termNo: 2,
      voters,
      present,
      ballots: present,
      effectiveOn: addMonths(today, monthsLeft - 12 * years),
      candidates: [
        { name: chair, post: 'chair', votes: present - 2 },
        { name: vice, post: 'vice_chair', votes: present - 4 },
        ...MEMBERS.slice(0, 3).map((m, i) => ({ name: m, post: 'member' as const, votes: present - 5 - i })),
        { name: MEMBERS[3], post: 'member', votes: Math.floor(present / 3) },
        { name: MEMBERS[4], post: 'auditor', votes: present - 6 },
        { name: MEMBERS[5], post: 'women', votes: present - 7 },
      ],
    });
    elections += 1;
  }

  const yangzhen = at('杨镇总工会');
  if (yangzhen) {
    const yz: Actor = { ...clerk, orgId: yangzhen.id, scopePath: yangzhen.path, displayName: '杨镇总工会' };
    const { id } = await service.applyFounding(yz, {
      parentOrgId: yangzhen.id,
      name: '北京杨镇物流园有限公司工会',
      employerName: '北京杨镇物流园有限公司',
      workerCount: 86,
      applicants: ['高建平', '罗春梅', '邓志军'],
      effectiveOn: addMonths(today, -1),
    });
    await service.prepareFounding(yz, id, {
      leader: '高建平',
      members: ['罗春梅', '邓志军'],
      effectiveOn: today,
    });
    foundings += 1;
  }
  return { foundings, elections };
}
