import type { Sql } from '../../../db/db.ts';
import { createRandom } from '../../../demo/random.ts';
import { demoAdmin } from '../../../shared/demo-actors.ts';
import type { AchievementType } from '../innovation.vocabulary.ts';
import {
  findOrgPathByName,
  findStudioLeader,
  hostsUnder,
  membersUnder,
} from './achievements.demo.repository.ts';
import { DEMO_TEXTS, type DemoText, type DemoTextKind } from './achievements.demo-texts.ts';
import type { StudioRef } from './achievements.repository.ts';
import type { AchievementInput, AchievementsService } from './achievements.service.ts';

/**
 * The demo's achievements (seed 002): 昌平 publishes 40, of which 34 hold invention patents, and records 24
 * conversions; 顺义, 通州 and 平谷 add some more so the catalogue is worth browsing. Hosted by the studios of
 * each district whose industry the demo writes about (achievements.demo-texts.ts; round robin), each achievement of
 * its studio's industry and of a kind its type fits;
 * 孙礼玲创新工作室 publishes its own two, as seed 001 tells them (SUN_LILING).
 */
export const CHANGPING_INVENTION_PATENTS = 34;
export const CHANGPING_CONVERSIONS = 24;

/** The studio at 昌平区医院 that seed 001 names, and the work it did there. */
export const SUN_LILING_STUDIO = '孙礼玲创新工作室';
export const SUN_LILING: { title: string; abstract: string; body: string; year: number }[] = [
  {
    title: '冠状动脉内旋磨术的开展与应用',
    abstract:
      '针对冠状动脉严重钙化病变球囊难以扩张、支架难以通过的问题，工作室在院内开展冠状动脉内旋磨术，' +
      '以高速旋转的金刚石磨头磨除钙化斑块，为球囊扩张和支架植入创造条件，复杂冠心病患者在区内即可接受介入治疗。',
    body:
      '一、问题由来：严重钙化的冠状动脉病变介入治疗难度大，患者以往需转往市内三甲医院。' +
      '二、主要做法：工作室组织心内科医生、导管室护士和技师学习旋磨技术，建立病例评估、术中配合和并发症处置流程。' +
      '三、应用效果：冠状动脉内旋磨术在院内常规开展，复杂钙化病变的介入治疗在昌平即可完成。',
    year: 2019,
  },
  {
    title: '血管内超声指导冠脉介入治疗',
    abstract:
      '工作室在院内开展血管内超声检查，从血管腔内观察斑块性质、管腔大小和支架贴壁情况，' +
      '指导支架尺寸选择和术后优化，提高复杂冠脉病变介入治疗的安全性和远期效果。',
    body:
      '一、问题由来：冠脉造影只能看到管腔轮廓，难以判断斑块性质和支架是否充分扩张、贴壁。' +
      '二、主要做法：引进血管内超声，制定检查与判读规范，由工作室的博士、硕士带教年轻医生。' +
      '三、应用效果：复杂病变和左主干病变在血管内超声指导下完成介入治疗，为心血管病人提供更先进的治疗条件。',
    year: 2020,
  },
];

const OTHER_TYPES: AchievementType[] = [
  'technical_innovation',
  'construction_method',
  'software',
  'management_innovation',
  'utility_model',
  'technical_innovation',
];
const ADMIN = demoAdmin('demo');

/** The kinds of text an achievement of a type may be, best first. */
const KINDS: Record<AchievementType, DemoTextKind[]> = {
  invention_patent: ['device', 'method', 'system'],
  utility_model: ['device'],
  technical_innovation: ['device', 'method'],
  construction_method: ['method'],
  management_innovation: ['method'],
  software: ['system'],
  other: ['device', 'method', 'system'],
};
/** The type a text takes when the one wanted does not fit any text left (a 工法 is a building site's). */
const TYPE_OF_KIND = (kind: DemoTextKind, industry: string): AchievementType =>
  kind === 'system'
    ? 'software'
    : kind === 'method'
      ? industry === '建筑业'
        ? 'construction_method'
        : 'management_innovation'
      : 'technical_innovation';

/** Hands out each industry's texts once, in order, a text of a kind the type fits first. */
function textPicker() {
  const used = new Map<string, Set<number>>();
  return (industry: string, wanted: AchievementType): { text: DemoText; type: AchievementType } => {
    const texts = DEMO_TEXTS[industry];
    const done = used.get(industry) ?? new Set<number>();
    used.set(industry, done);
    if (done.size === texts.length) done.clear();
    const fits = (k: DemoTextKind) => texts.findIndex((t, i) => !done.has(i) && t[0] === k);
    const type = wanted === 'construction_method' && industry !== '建筑业' ? 'technical_innovation' : wanted;
    for (const kind of KINDS[type]) {
      const i = fits(kind);
      if (i >= 0) {
        done.add(i);
        // a building site's method is a 工法 unless it is patented
        const site = industry === '建筑业' && kind === 'method' && type !== 'invention_patent';
        return { text: texts[i], type: site ? 'construction_method' : type };
      }
    }
    const i = texts.findIndex((_, k) => !done.has(k));
    done.add(i);
    return { text: texts[i], type: TYPE_OF_KIND(texts[i][0], industry) };
  };
}

/** An achievement's title, abstract and body from a demo text, told by the studio's union. */
const written = ({ text, type }: { text: DemoText; type: AchievementType }, host: StudioRef) => ({
  type,
  title: text[1],
  abstract: text[2],
  body: `${text[2]}成果已在${host.unionName.replace(/工会.*$/, '')}推广应用，作业要求纳入班组培训。`,
});

export async function seedAchievements(sql: Sql, achievements: AchievementsService) {
  const r = createRandom(20260402);
  const districts = [
    { name: '昌平区总工会', count: 40 },
    { name: '顺义区总工会', count: 10 },
    { name: '通州区总工会', count: 10 },
    { name: '平谷区总工会', count: 8 },
  ];
  let serial = 0;
  let conversions = 0;
  const pick = textPicker();
  for (const d of districts) {
    const path = await findOrgPathByName(sql, d.name);
    if (path === undefined) continue;
    const hosts = (await hostsUnder(sql, path)).filter(
      (h) => h.industry !== null && h.industry in DEMO_TEXTS,
    );
    const people = await membersUnder(sql, path);
    if (!hosts.length || people.length < 3) continue;
    const changping = d.name === '昌平区总工会';
    const sunLiling = changping ? hosts.find((h) => h.name === SUN_LILING_STUDIO) : undefined;
    const others = hosts.filter((h) => h !== sunLiling);
    // she is on the team of her own work
    const sun = sunLiling && (await findStudioLeader(sql, sunLiling.id));
    for (let i = 0; i < d.count; i++) {
      // 昌平's last two are 孙礼玲's (technical innovations, no patent), when the studios demo made her studio.
      const own =
        sunLiling && i >= d.count - SUN_LILING.length ? SUN_LILING[i - (d.count - SUN_LILING.length)] : null;
      const wanted: AchievementType =
        changping && i < CHANGPING_INVENTION_PATENTS
          ? 'invention_patent'
          : OTHER_TYPES[serial % OTHER_TYPES.length];
      const host = own && sunLiling ? sunLiling : others[i % others.length];
      const { type, ...text } = own
        ? { ...own, type: 'technical_innovation' as const }
        : written(pick(host.industry as string, wanted), host);
      // 昌平's over its five years of seed 001 (2016–2020), the others' over 2020–2024.
      const year = own?.year ?? (changping ? 2016 : 2020) + (i % 5);
      serial += 1;
      const start = r.int(0, people.length - 3);
      const patentKind =
        type === 'invention_patent' ? 'invention' : type === 'utility_model' ? 'utility_model' : null;
      const input: AchievementInput = {
        title: text.title,
        type,
        industry: host.industry,
        year,
        abstract: text.abstract,
        body: text.body,
        stage: 'applied',
        team: [...new Set([...(own && sun ? [sun] : []), ...people.slice(start, start + r.int(1, 3))])],
        patent: patentKind
          ? {
              type: patentKind,
              number: `ZL${year}${String(10000000 + serial * 7919).slice(0, 8)}.${serial % 10}`,
              grantedOn: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
            }
          : null,
      };
      const created = await achievements.createHostedAchievement(sql, ADMIN, host, input);
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
