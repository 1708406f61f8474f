import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { createRandom } from '../../../demo/random.ts';
import { drawAchievement, type Industry } from './achievements.corpus.ts';
import { findOrgPathByName, hostsUnder, membersUnder } from './achievements.demo.repository.ts';
import type { AchievementType } from './achievements.schemas.ts';
import type { AchievementInput, AchievementsService } from './achievements.service.ts';

/**
 * The demo's achievements (seed 002): 昌平 publishes 40, of which 34 hold invention patents, and records 24
 * conversions; 顺义, 通州 and 平谷 add some more so the catalogue is worth browsing. Hosted by the studios of
 * each district (round robin).
 */
export const CHANGPING_INVENTION_PATENTS = 34;
export const CHANGPING_CONVERSIONS = 24;

const OTHER_TYPES: AchievementType[] = [
  'technical_innovation',
  'construction_method',
  'software',
  'management_innovation',
  'utility_model',
  'technical_innovation',
];
const ADMIN: Actor = {
  userId: 0,
  username: 'demo',
  displayName: 'demo',
  role: 'admin',
  orgId: null,
  scopePath: '/',
  personId: null,
};

export async function seedAchievements(sql: Sql, achievements: AchievementsService) {
  const r = createRandom(20260402);
  const districts = [
    { name: '昌平区总工会', count: 40, industries: ['制造业', '电力', '医疗卫生', '信息技术'] as Industry[] },
    { name: '顺义区总工会', count: 10, industries: ['交通运输', '制造业', '邮政快递'] as Industry[] },
    { name: '通州区总工会', count: 10, industries: ['建筑业', '市政环卫'] as Industry[] },
    { name: '平谷区总工会', count: 8, industries: ['医疗卫生', '制造业', '邮政快递'] as Industry[] },
  ];
  let serial = 0;
  let conversions = 0;
  for (const d of districts) {
    const path = await findOrgPathByName(sql, d.name);
    if (path === undefined) continue;
    const hosts = await hostsUnder(sql, path);
    const people = await membersUnder(sql, path);
    if (!hosts.length || people.length < 3) continue;
    const changping = d.name === '昌平区总工会';
    for (let i = 0; i < d.count; i++) {
      const type: AchievementType =
        changping && i < CHANGPING_INVENTION_PATENTS
          ? 'invention_patent'
          : OTHER_TYPES[serial % OTHER_TYPES.length];
      const text = drawAchievement(r, type, d.industries[i % d.industries.length]);
      // 昌平's over its five years of seed 001 (2016–2020), the others' over 2020–2024.
      const year = (changping ? 2016 : 2020) + (i % 5);
      serial += 1;
      const start = r.int(0, people.length - 3);
      const patentKind =
        type === 'invention_patent' ? 'invention' : type === 'utility_model' ? 'utility_model' : null;
      const input: AchievementInput = {
        title: text.title,
        type,
        industry: text.industry,
        year,
        abstract: text.abstract,
        body: text.body,
        stage: 'applied',
        team: people.slice(start, start + r.int(1, 3)),
        patent: patentKind
          ? {
              type: patentKind,
              number: `ZL${year}${String(10000000 + serial * 7919).slice(0, 8)}.${serial % 10}`,
              grantedOn: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
            }
          : null,
      };
      const created = await achievements.createHostedAchievement(sql, ADMIN, hosts[i % hosts.length], input);
      await achievements.publishWithin(
        sql,
        ADMIN,
        created.id,
        `${year}-${String(1 + (i % 12)).padStart(2, '0')}-20`,
      );
      // 昌平: the first 16 achievements are converted, 8 of them twice: 24 conversions.
      const times = changping && i < 16 ? (i < 8 ? 2 : 1) : 0;
      for (let k = 0; k < times; k++) {
        conversions += 1;
        await achievements.addConversionWithin(sql, ADMIN, created.id, {
          partner: r.pick([
            '北京京能电力股份有限公司',
            '北汽福田汽车股份有限公司',
            '北京城建集团',
            '京东方科技集团',
            '北京首钢股份有限公司',
          ]),
          convertedOn: `${Math.min(changping ? 2020 : 2024, year + 1)}-${String(3 + k * 4).padStart(2, '0')}-10`,
          valueFen: r.int(5, 80) * 1_000_000,
        });
      }
    }
  }
  return { achievements: serial, conversions };
}
