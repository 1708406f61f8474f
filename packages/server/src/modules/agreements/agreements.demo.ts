import type { Sql } from '../../db/db.ts';
import { addDays, dayAfter, todayInChina } from '../../shared/dates.ts';
import {
  insertEmployerUnions,
  insertOrg,
  type OrgRow,
  setEmployerFacts,
  usccCheckChar,
} from '../org/index.ts';
import { type Signing, signAgreements } from './agreements.sign.ts';
import type { Clause } from './agreements.types.ts';
import type { AgreementLevel } from './agreements.vocabulary.ts';
import type { CoverageInput } from './coverage.counts.ts';

/**
 * Seed 002 (平谷女职工坐上特殊关爱“直通车”): this year 平谷 signed 224 women workers' special protection
 * agreements (区域, 行业 and 企业), a signing rate of 87.5%, covering 2,294 enterprises and 30,369 workers.
 * The demo builds them: 256 enterprises with a union and women workers (the denominator, from the union tree),
 * 200 of which sign their own agreement; 16 area agreements of the town unions and 8 industry agreements of the
 * district union cover 24 more of them and 2,070 small enterprises without a union of their own (120 of these
 * listed twice, counted once). 32 union enterprises have none in force (8 had one that expired last year); 12
 * have no women workers and are not due. Five older agreements expiring within 90 days fill the renewal list.
 */
export const PINGGU_FIGURES = {
  signed: 224,
  due: 256,
  dueCovered: 224,
  enterprises: 2294,
  workers: 30_369,
} as const;

const TOWNS = ['马坊镇', '金海湖镇', '峪口镇', '东高村镇', '大兴庄镇', '山东庄镇', '兴谷街道', '滨河街道'];
const FIRM_WORDS = [
  '鑫源',
  '华谷',
  '金海',
  '绿野',
  '丫髻',
  '桃乡',
  '瑞丰',
  '恒达',
  '泃河',
  '盛世',
  '宏图',
  '京东',
];
const TRADES = [
  '食品',
  '物流',
  '建材',
  '包装',
  '机械',
  '医药',
  '服装',
  '电子',
  '农业科技',
  '商贸',
  '印刷',
  '家具',
];
const SMALL_TRADES = ['商店', '餐饮店', '汽修厂', '家政服务部', '农资经营部', '美容店', '快递站', '超市'];
/** New enterprises with a union under 平谷's towns; the last NO_WOMEN of them have no women workers. */
const UNION_FIRMS = 261;
const NO_WOMEN = 12;
const WOMEN_CLAUSES: Clause[] = [
  'health_check',
  'maternity',
  'menstrual',
  'pregnancy_duties',
  'nursing_room',
];

/**
 * What seed 002 tells of three enterprises of 平谷 whose unions are in the demo tree and which signed this year: their
 * agreements' measures, with the figures the seed states. 中国邮政平谷区分公司 spends "70000多元" a year on special
 * health checks for 133 women workers: recorded as ¥70,000.00 (the figure stated; the seed gives no more exact one)
 * reaching 133, its women workers being those 133 (its 300 workers are the demo's). 北京绿都 and 锦绣绿都 state no
 * figure (a standard of ¥300 a head, no headcount): their measures are in the note only.
 */
const SEED_MEASURES: Record<
  string,
  { note: string; costFen?: number; reach?: number; workers?: number; women?: number }
> = {
  中国邮政集团公司北京市平谷区分公司: {
    note: '在为职工全员进行健康体检的基础上，每年投入7万余元，为133名女职工进行专项健康体检',
    costFen: 7_000_000,
    reach: 133,
    workers: 300,
    women: 133,
  },
  北京绿都设施投资有限公司: {
    note: '实施《关爱女职工身心健康计划》，每年分阶段、分层次细化女职工健康体检',
  },
  北京锦绣绿都园林绿化有限公司: {
    note: '每年实施《女职工健康体检计划》，按照人均300元的标准为女职工进行专项健康体检',
  },
};

/** A valid credit code of 平谷 (110117), unique by `serial`. */
function demoUscc(serial: number): string {
  const body = `9111011700${String(serial).padStart(7, '0')}`;
  return body + usccCheckChar(body);
}

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** Three-year terms: from `effective` to the day before its third anniversary. */
const threeYears = (effective: string) => addDays(addYears(effective, 3), -1);

interface Firm extends CoverageInput {
  org: OrgRow;
  town: number;
}

/** 平谷's new town unions and their enterprises' unions; the existing enterprises get their worker counts. */
async function createUnionFirms(sql: Sql, district: OrgRow, existing: OrgRow[]) {
  const towns: OrgRow[] = [];
  for (const name of TOWNS) {
    const kind = name.endsWith('街道') ? 'street' : 'town';
    towns.push(
      await insertOrg(sql, { parentId: district.id, level: 3, kind, name: `${name}总工会` }, district.path),
    );
  }
  const counts = (i: number, women: boolean) => {
    const workers = 20 + ((i * 37) % 41);
    return { workers, women: women ? Math.max(1, Math.round((workers * (30 + ((i * 13) % 31))) / 100)) : 0 };
  };
  const firms: Firm[] = [];
  for (const [i, org] of existing.entries()) {
    const seed = SEED_MEASURES[org.employerName ?? ''];
    const c = seed?.workers ? { workers: seed.workers, women: seed.women ?? 0 } : counts(i, true);
    await setEmployerFacts(sql, org.id, { workerCount: c.workers, womenWorkerCount: c.women });
    firms.push({
      org,
      town: -1,
      uscc: org.uscc as string,
      name: org.employerName as string,
      workers: c.workers,
      womenWorkers: c.women,
    });
  }
  for (const [t, town] of towns.entries()) {
    const serials = Array.from({ length: UNION_FIRMS }, (_, i) => i).filter((i) => i % TOWNS.length === t);
    const rows = serials.map((i) => {
      const name = `北京${FIRM_WORDS[i % 12]}${TRADES[Math.floor(i / 12) % 12]}${i >= 144 ? '股份' : ''}有限公司`;
      const c = counts(i + existing.length, i < UNION_FIRMS - NO_WOMEN);
      return {
        name: `${name}工会`,
        uscc: demoUscc(i + 1),
        employerName: name,
        workerCount: c.workers,
        womenWorkerCount: c.women,
      };
    });
    for (const org of await insertEmployerUnions(sql, town, rows)) {
      if (!org.uscc || !org.employerName) continue;
      const row = rows.find((r) => r.uscc === org.uscc);
      if (!row?.womenWorkerCount) continue;
      firms.push({
        org,
        town: t,
        uscc: org.uscc,
        name: org.employerName,
        workers: row.workerCount,
        womenWorkers: row.womenWorkerCount,
      });
    }
  }
  return { towns, firms, created: towns.length + UNION_FIRMS };
}

/** The 2,070 small enterprises without a union, their workers chosen so that everything covered adds to 30,369. */
function smallFirms(unionWorkers: number): CoverageInput[] {
  const out: CoverageInput[] = [];
  for (let i = 0; i < 2070; i++) {
    const workers = 5 + ((i * 7) % 11);
    out.push({
      uscc: demoUscc(100_000 + i),
      name: `平谷区${FIRM_WORDS[i % 12]}${SMALL_TRADES[Math.floor(i / 12) % 8]}（${Math.floor(i / 96) + 1}号）`,
      workers,
      womenWorkers: Math.floor(workers / 2),
    });
  }
  let gap = PINGGU_FIGURES.workers - unionWorkers - out.reduce((n, f) => n + f.workers, 0);
  for (let i = 0; gap !== 0; i = (i + 1) % out.length) {
    const step = gap > 0 ? 1 : -1;
    if (out[i].workers + step < 2) continue;
    out[i].workers += step;
    out[i].womenWorkers = Math.floor(out[i].workers / 2);
    gap -= step;
  }
  return out;
}

/** A women workers' agreement of the demo: in force from signing for three years, with the women's clauses. */
function womenAgreement(level: AgreementLevel, title: string, employer: string, signedOn: string) {
  return {
    kind: 'women' as const,
    level,
    title,
    employer,
    signedOn,
    effectiveOn: signedOn,
    expiresOn: threeYears(signedOn),
    clauses: WOMEN_CLAUSES,
    note: null as string | null,
    costFen: null as number | null,
    reach: null as number | null,
    createdBy: null,
  };
}

/** An enterprise's own agreement of the demo, with its measures where seed 002 tells of them. */
function ownAgreement(f: Firm, signedOn: string) {
  const agreement = womenAgreement('enterprise', `${f.name}女职工特殊权益保护专项集体合同`, f.name, signedOn);
  const seed = SEED_MEASURES[f.name];
  if (!seed) return agreement;
  return { ...agreement, note: seed.note, costFen: seed.costFen ?? null, reach: seed.reach ?? null };
}

const cover = ({ uscc, name, workers, womenWorkers }: CoverageInput) => ({
  uscc,
  name,
  workers,
  womenWorkers,
});

/**
 * This year's 224: 200 union enterprises sign their own; each town's two area agreements and the district's eight
 * industry agreements cover one union enterprise each and the small enterprises (120 of them listed twice).
 * Signing dates spread from 1 January to today.
 */
function thisYearsSignings(district: OrgRow, towns: OrgRow[], firms: Firm[], today: string) {
  const year = today.slice(0, 4);
  const span = Math.round(
    (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000,
  );
  let signed = 0;
  const nextSigning = () => addDays(`${year}-01-01`, Math.floor((signed++ * span) / PINGGU_FIGURES.signed));
  const area = towns.map((_, t) => firms.filter((f) => f.town === t).slice(-2));
  const inArea = area.flat();
  const rest = firms.filter((f) => !inArea.includes(f));
  const industry = rest.slice(-8);
  const own = rest.slice(0, 200);
  const small = smallFirms([...own, ...inArea, ...industry].reduce((n, f) => n + f.workers, 0));
  const listed = (k: number) => small.filter((_, i) => i % 24 === k || (i < 120 && (i + 1) % 24 === k));
  const signings: Signing[] = own.map((f) => ({
    union: f.org,
    agreement: ownAgreement(f, nextSigning()),
    enterprises: [cover(f)],
  }));
  for (const [t, town] of towns.entries()) {
    const place = town.name.replace('总工会', '');
    for (const [j, f] of area[t].entries()) {
      const title = `${place}区域女职工特殊权益保护专项协议（第${j + 1}片区）`;
      const agreement = womenAgreement('area', title, `${place}企业联合会`, nextSigning());
      signings.push({ union: town, agreement, enterprises: [f, ...listed(t * 2 + j)].map(cover) });
    }
  }
  const trades = ['食品加工', '物流快递', '建材', '商贸零售', '餐饮服务', '医药', '农业', '家政服务'];
  for (const [k, f] of industry.entries()) {
    const title = `平谷区${trades[k]}行业女职工特殊权益保护专项协议`;
    const agreement = womenAgreement('industry', title, `平谷区${trades[k]}行业协会`, nextSigning());
    signings.push({ union: district, agreement, enterprises: [f, ...listed(16 + k)].map(cover) });
  }
  return { signings, inArea, uncovered: rest.slice(200, rest.length - 8) };
}

/** Enterprise agreements of earlier years: eight that expired last year, five due for renewal within 90 days. */
function earlierSignings(expired: Firm[], renewing: Firm[], today: string): Signing[] {
  const year = Number(today.slice(0, 4));
  const own = (f: Firm, signedOn: string, expiresOn: string): Signing => ({
    union: f.org,
    agreement: {
      ...womenAgreement('enterprise', `${f.name}女职工特殊权益保护专项集体合同`, f.name, signedOn),
      expiresOn,
    },
    enterprises: [cover(f)],
  });
  return [
    ...expired.map((f) => own(f, `${year - 4}-03-01`, `${year - 1}-02-28`)),
    ...renewing.map((f, k) => {
      const expiresOn = addDays(today, 15 * (k + 1));
      return own(f, addYears(dayAfter(expiresOn), -3), expiresOn);
    }),
  ];
}

/**
 * 北京市总工会's own agreement (本级) this year: the city's express delivery trade's women workers' special protection
 * agreement with the trade association, signed on 8 March (or on the demo's day, before it), covering six delivery
 * companies of the city with no union of their own in the tree.
 */
function citySigning(city: OrgRow, today: string): Signing {
  const march8 = `${today.slice(0, 4)}-03-08`;
  const signedOn = today < march8 ? today : march8;
  const companies = ['顺捷', '京邦', '速通', '鸿运', '骏达', '畅递'];
  return {
    union: city,
    agreement: womenAgreement(
      'industry',
      '北京市快递行业女职工特殊权益保护专项集体合同',
      '北京市快递协会',
      signedOn,
    ),
    enterprises: companies.map((word, i) => {
      const body = `911100005${String(i + 1).padStart(8, '0')}`;
      const workers = 380 + 45 * i;
      return {
        uscc: body + usccCheckChar(body),
        name: `北京${word}快递服务有限公司`,
        workers,
        womenWorkers: Math.floor(workers / 4),
      };
    }),
  };
}

/**
 * Loads seed 002's 平谷 agreements (see PINGGU_FIGURES) and the city's own this year's agreement into the demo, in
 * the demo's transaction.
 */
export async function seedAgreements(sql: Sql, orgs: Map<string, OrgRow>, now: Date) {
  const district = orgs.get('平谷区总工会') as OrgRow;
  const existing = [...orgs.values()].filter(
    (o) => o.path.startsWith(district.path) && o.kind === 'grassroots',
  );
  const { towns, firms, created } = await createUnionFirms(sql, district, existing);
  const today = todayInChina(now);
  const { signings, inArea, uncovered } = thisYearsSignings(district, towns, firms, today);
  // The renewing ones cover enterprises an area agreement covers too: they count once.
  signings.push(...earlierSignings(uncovered.slice(0, 8), inArea.slice(0, 5), today));
  const city = orgs.get('北京市总工会');
  if (city) signings.push(citySigning(city, today));
  await signAgreements(sql, signings);
  return { agreements: signings.length, orgs: created };
}
