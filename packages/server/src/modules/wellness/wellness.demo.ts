import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { demoClerk } from '../../shared/demo-actors.ts';
import { resolveOrgNames } from '../org/index.ts';
import type { IdProtector } from '../people/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { insertRecordedAllocations, membersIn } from './wellness.demo.repository.ts';
import { createWellnessService, type WellnessService } from './wellness.service.ts';

/**
 * Seed 003: from 2022 通州区总工会 runs the 双千工程 for five years — every year 1,000 workers to 疗休养 (builders of
 * the city's sub-centre, outdoor front-line workers, the district's outstanding workers) and 1,000 free health checks
 * (above all for new-employment-form workers), "五年内服务万名城市副中心一线职工". 2022–2024 are entered as the union's
 * books give them: each year ten recuperation batches of 100 places and four health-check batches of 250, each
 * shared among three grassroots unions, with how many went (疗休养 970, 985 and 1,000; 体检 1,000 a year: 5,955
 * workers over three years) — the end state in a few statements, each batch settled through the ledger. A batch of
 * the current year is open with a few members nominated.
 */
const TONGZHOU = '通州区总工会';
const BUILDERS = '城市副中心建设项目部工会';
const SANITATION = '通州区环卫中心工会';
const RIDERS = '通州外卖骑手联合工会';
/** Recuperation places who went, per batch, in 2022, 2023 and 2024 (ten batches a year). */
const RECUPERATION_USED: Record<number, number[]> = {
  2022: Array(10).fill(97),
  2023: [98, 99, 98, 99, 98, 99, 98, 99, 98, 99],
  2024: Array(10).fill(100),
};
const RECUPERATION_MONTHS = ['03', '04', '04', '05', '05', '06', '09', '09', '10', '10'];
const CHECKUP_MONTHS = ['04', '06', '09', '11'];

const add = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** How the district runs a batch of each kind: its places and days, how many days before it nominating closes, the
 * meeting point and what to bring. */
const BATCH_WAYS = {
  recuperation: {
    places: 100,
    days: 5,
    closesBefore: 10,
    meeting: '通州区总工会门前（新华西街）7:30集合，统一乘车',
    bring: '身份证、工会会员卡、常用药品、换洗衣物',
  },
  checkup: {
    places: 250,
    days: 10,
    closesBefore: 7,
    meeting: '体检中心一层服务台，7:30—10:00',
    bring: '身份证；体检前一天晚餐清淡，当天早晨空腹',
  },
};

/** A batch of the kind at the institution from `startsOn`, run the district's way (BATCH_WAYS). */
function batchInput(
  kind: keyof typeof BATCH_WAYS,
  programId: number,
  institutionId: number,
  title: string,
  startsOn: string,
) {
  const { places, days, closesBefore, meeting, bring } = BATCH_WAYS[kind];
  return {
    programId,
    institutionId,
    title,
    startsOn,
    endsOn: add(startsOn, days - 1),
    closesOn: add(startsOn, -closesBefore),
    places,
    meeting,
    bring,
  };
}

export async function seedWellness(
  db: Db,
  ids: IdProtector,
  today: string,
): Promise<{ programs: number; batches: number }> {
  const names = await db.tx((sql) =>
    resolveOrgNames(sql, { path: '/' }, [TONGZHOU, BUILDERS, SANITATION, RIDERS]),
  );
  const org = (name: string) => {
    const o = names.get(name);
    return o && o !== 'ambiguous' ? o : undefined;
  };
  const [district, builders, sanitation, riders] = [
    org(TONGZHOU),
    org(BUILDERS),
    org(SANITATION),
    org(RIDERS),
  ];
  if (!district || !builders || !sanitation || !riders) return { programs: 0, batches: 0 };
  let now = new Date('2022-01-05T09:00:00+08:00');
  const service = createWellnessService(db, ids, () => now);
  const clerk = demoClerk(district, TONGZHOU);
  const scheme = {
    scheme: '双千工程',
    targetPeople: 10_000,
    fromYear: 2022,
    toYear: 2026,
    placesPerYear: 1000,
  };
  const recuperation = await service.createProgram(clerk, {
    orgId: district.id,
    name: '「双千工程」职工疗休养',
    kind: 'recuperation',
    ...scheme,
    costFen: 260_000,
    unionShareFen: 200_000,
    enterpriseShareFen: 60_000,
    workerShareFen: 0,
    gapYears: 5,
    rule: {
      op: 'all',
      rules: [
        { op: 'member_of_owner_subtree' },
        {
          op: 'any',
          rules: [
            { op: 'person', field: 'isFrontLine', cmp: 'eq', value: true },
            { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
            { op: 'person', field: 'modelWorkerLevel', cmp: 'in', value: ['district', 'city', 'national'] },
          ],
        },
      ],
    },
  });
  const checkup = await service.createProgram(clerk, {
    orgId: district.id,
    name: '「双千工程」职工免费健康体检',
    kind: 'checkup',
    ...scheme,
    costFen: 50_000,
    unionShareFen: 50_000,
    enterpriseShareFen: 0,
    workerShareFen: 0,
    gapYears: 1,
    rule: { op: 'member_of_owner_subtree' },
  });
  const sanatorium = await service.createInstitution(clerk, {
    orgId: district.id,
    name: '北戴河职工疗养院',
    kind: 'sanatorium',
    address: '河北省秦皇岛市北戴河区',
    capacity: 120,
  });
  const centre = await service.createInstitution(clerk, {
    orgId: district.id,
    name: '通州区职工健康体检中心',
    kind: 'checkup_centre',
    address: '北京市通州区新华西街',
    capacity: 300,
  });

  // 2022–2024 as the books give them: batches, then every quota and who went in one statement, counted at once.
  const recorded: Parameters<typeof insertRecordedAllocations>[1] = [];
  const counts: CountDelta[] = [];
  const past: { id: number; endsOn: string }[] = [];
  /** A past batch's shares among the unions: each union's quota and who went, and their counts on its first day. */
  const record = (batchId: number, startsOn: string, kind: 'recuperation' | 'checkup', shares: Share[]) => {
    for (const { o, ...s } of shares) {
      recorded.push({ batchId, orgId: o.id, ...s });
      counts.push(...countsOf(o.id, startsOn, kind, s));
    }
  };
  for (const year of [2022, 2023, 2024]) {
    for (const [i, month] of RECUPERATION_MONTHS.entries()) {
      const startsOn = `${year}-${month}-${i % 2 ? '18' : '08'}`;
      const batch = batchInput(
        'recuperation',
        recuperation.id,
        sanatorium.id,
        `${year}年第${i + 1}期职工疗休养`,
        startsOn,
      );
      const { id } = await service.createBatch(clerk, batch);
      past.push({ id, endsOn: batch.endsOn });
      const used = RECUPERATION_USED[year][i];
      const short = 100 - used;
      const shares: Share[] = [
        { o: builders, quota: 40, used: 40 - short, frontLine: 40 - short, newEmployment: 0 },
        { o: sanitation, quota: 35, used: 35, frontLine: 35, newEmployment: 0 },
        { o: riders, quota: 25, used: 25, frontLine: 0, newEmployment: 25 },
      ];
      record(id, startsOn, 'recuperation', shares);
    }
    for (const [i, month] of CHECKUP_MONTHS.entries()) {
      const startsOn = `${year}-${month}-15`;
      const batch = batchInput(
        'checkup',
        checkup.id,
        centre.id,
        `${year}年第${i + 1}批职工免费健康体检`,
        startsOn,
      );
      const { id } = await service.createBatch(clerk, batch);
      past.push({ id, endsOn: batch.endsOn });
      const shares: Share[] = [
        { o: builders, quota: 50, used: 50, frontLine: 50, newEmployment: 0 },
        { o: sanitation, quota: 50, used: 50, frontLine: 50, newEmployment: 0 },
        { o: riders, quota: 150, used: 150, frontLine: 0, newEmployment: 150 },
      ];
      record(id, startsOn, 'checkup', shares);
    }
  }
  await db.tx(async (sql) => {
    await insertRecordedAllocations(sql, recorded);
    await addCounts(sql, counts);
  });
  // each past batch settled on its last day: the union's share for those who went, in the ledger
  for (const b of past) {
    now = new Date(`${b.endsOn}T17:00:00+08:00`);
    await service.settle(clerk, b.id, { effectiveOn: b.endsOn });
  }

  // the scheme ends with 2026: from 2027 there is no batch of this year to open
  if (Number(today.slice(0, 4)) > scheme.toYear) return { programs: 2, batches: past.length };
  now = new Date(`${today}T09:00:00+08:00`);
  await seedThisYear(db, service, clerk, today, { recuperation, sanatorium }, [
    builders,
    sanitation,
    riders,
    district,
  ]);
  return { programs: 2, batches: past.length + 1 };
}

type Union = { id: number; path: string };
type Share = { o: Union; quota: number; used: number; frontLine: number; newEmployment: number };

/**
 * This year: a recuperation batch a month ahead (in December on the year's last day, nominating open up to at least
 * today), shared among the three unions and the district union itself (ten places it keeps for the district's
 * outstanding workers it names), a few members nominated.
 */
async function seedThisYear(
  db: Db,
  service: WellnessService,
  clerk: Actor,
  today: string,
  on: { recuperation: { id: number }; sanatorium: { id: number } },
  [builders, sanitation, riders, district]: Union[],
) {
  const year = Number(today.slice(0, 4));
  const startsOn = [add(today, 30), `${year}-12-31`].sort()[0];
  const batch = batchInput(
    'recuperation',
    on.recuperation.id,
    on.sanatorium.id,
    `${year}年第1期职工疗休养`,
    startsOn,
  );
  const { id } = await service.createBatch(clerk, { ...batch, closesOn: [batch.closesOn, today].sort()[1] });
  for (const [o, quota] of [
    [builders, 35],
    [sanitation, 30],
    [riders, 25],
    [district, 10],
  ] as const)
    await service.allocate(clerk, id, { orgId: o.id, quota });
  for (const o of [builders, sanitation]) {
    const members = await db.tx((sql) => membersIn(sql, o.path, 20));
    for (const m of members.filter((x) => x.frontLine).slice(0, 3))
      await service.nominate({ ...clerk, orgId: o.id, scopePath: o.path }, id, {
        orgId: o.id,
        personId: m.personId,
      });
  }
}

function countsOf(
  orgId: number,
  on: string,
  kind: 'recuperation' | 'checkup',
  s: { quota: number; used: number; frontLine: number; newEmployment: number },
): CountDelta[] {
  return [
    { subject: 'wellness.allocated', orgId, on, dim: kind, n: s.quota },
    { subject: 'wellness.used', orgId, on, dim: kind, dim2: 'all', n: s.used },
    { subject: 'wellness.used', orgId, on, dim: kind, dim2: 'front_line', n: s.frontLine },
    { subject: 'wellness.used', orgId, on, dim: kind, dim2: 'new_employment', n: s.newEmployment },
  ];
}
