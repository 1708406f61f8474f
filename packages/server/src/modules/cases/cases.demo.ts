import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { addDays, todayInChina } from '../../shared/dates.ts';
import { demoAdmin } from '../../shared/demo-actors.ts';
import { resolveOrgNames } from '../org/index.ts';
import type { IdProtector } from '../people/index.ts';
import { listDemoMembers } from './cases.demo.repository.ts';
import { escalateOverdueCases } from './cases.escalation.ts';
import { createCasesService } from './cases.service.ts';
import { CHANNELS, type Channel } from './cases.vocabulary.ts';

/**
 * Demo requests in 顺义区总工会's subtree over the last ten months, replayed day by day through the service with
 * the demo's own clock (and the deadline sweep each night), so every row, timeline and count is what the real
 * handling would have written. Through every channel the seeds name; 20 answered on time and rated, 6 answered
 * on time and closed by staff, 4 answered late after the deadline sweep moved them up and then rated, 3 never
 * answered (overdue, moved up to the top), 3 filed yesterday; 4 of them anonymous; two are the demo worker's.
 * Besides them, 北京市总工会's 12351 hotline took three calls it handled itself (本级), answered on time and rated.
 */
export const SHUNYI_CASE_FIGURES = {
  filed: 36,
  answered: 30,
  onTime: 26,
  rated: 24,
  ratingSum: 97,
  open: 6,
  overdue: 3,
  anonymous: 4,
} as const;
/** The first month the demo's requests fall in: ten months back. */
export const caseDemoFrom = (today: string) => addDays(today, -300).slice(0, 7);

type Outcome = 'rated' | 'closed' | 'late' | 'overdue' | 'fresh';
interface Spec {
  outcome: Outcome;
  /** Taken by 北京市总工会's 12351 hotline and handled there, not by the worker's own union. */
  city?: boolean;
  daysAgo: number;
  rating?: number;
  anonymous?: boolean;
  demoWorker?: boolean;
}

const RATINGS_ON_TIME = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3, 2];
const RATINGS_LATE = [3, 3, 2, 4];
const SPECS: Spec[] = [
  ...RATINGS_ON_TIME.map((rating, i) => ({
    outcome: 'rated' as const,
    daysAgo: 10 + 13 * i,
    rating,
    anonymous: i < 4,
    demoWorker: i === 4,
  })),
  ...Array.from({ length: 6 }, (_, i) => ({ outcome: 'closed' as const, daysAgo: 15 + 37 * i })),
  ...RATINGS_LATE.map((rating, i) => ({ outcome: 'late' as const, daysAgo: 30 + 50 * i, rating })),
  ...Array.from({ length: 3 }, (_, i) => ({ outcome: 'overdue' as const, daysAgo: 45 + 20 * i })),
  ...Array.from({ length: 3 }, (_, i) => ({ outcome: 'fresh' as const, daysAgo: 1, demoWorker: i === 0 })),
];

/** The calls 北京市总工会's 12351 hotline handled itself over the same months. */
const CITY_SPECS: Spec[] = [5, 4, 5].map((rating, i) => ({
  outcome: 'rated' as const,
  daysAgo: 40 + 90 * i,
  rating,
  city: true,
}));

/** A request of each shipped category, by its code (the demo files them in this order). */
const TEXTS: Record<string, string> = {
  wages: '车间加班费连续两个月未按约定标准发放，希望工会帮助协调。',
  contract: '劳动合同到期后单位未续签也未通知，想了解自己的权益。',
  social_insurance: '入职半年单位仍未缴纳社会保险，请工会帮忙核实。',
  safety: '仓库叉车通道照明不足，夜班作业存在安全隐患。',
  mental_health: '近期工作压力很大、睡眠不好，希望得到心理咨询。',
  hardship: '家人突发重病，医疗费用负担很重，想了解帮扶政策。',
  suggestion: '建议职工食堂增加夜班餐，并延长职工书屋开放时间。',
  other: '咨询职工疗休养的报名条件和时间安排。',
};
const CATEGORIES = Object.keys(TEXTS);
const REPLIES: Record<Outcome, string> = {
  rated: '工会已与企业沟通，问题已按政策处理，请留意后续落实情况。',
  closed: '已核实情况并答复，相关部门已落实。',
  late: '经上级工会协调，企业已承诺整改并于本月落实。',
  overdue: '',
  fresh: '',
};

/** That day at that hour in China. */
const at = (date: string, hour: number) => new Date(Date.parse(`${date}T00:00:00Z`) + (hour - 8) * 3600_000);

interface Step {
  when: Date;
  run: () => Promise<void>;
}

export async function seedCases(
  db: Db,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  o: { shunyiPath: string; workerPersonId: number; now: Date },
): Promise<{ cases: number }> {
  let now = o.now;
  const service = createCasesService(db, ids, () => now);
  const admin = demoAdmin('demo');
  const members = await listDemoMembers(db, o.shunyiPath, o.workerPersonId, SPECS.length);
  const found = (await db.tx((sql) => resolveOrgNames(sql, { path: '/' }, ['北京市总工会']))).get(
    '北京市总工会',
  );
  const city = found && found !== 'ambiguous' ? found : undefined;
  const today = todayInChina(o.now);
  const steps: Step[] = [];
  const specs = city ? [...SPECS, ...CITY_SPECS] : SPECS;
  specs.forEach((spec, k) => {
    const channel: Channel = spec.city
      ? 'hotline'
      : spec.anonymous
        ? k % 2
          ? 'app'
          : 'mailbox'
        : spec.demoWorker
          ? 'app'
          : CHANNELS[k % CHANNELS.length];
    const category = CATEGORIES[(k * 3) % CATEGORIES.length];
    // A demo with few members (tests) may have none under 顺义 but the demo worker.
    const personId =
      spec.demoWorker || !members.length ? o.workerPersonId : members[k % members.length].personId;
    const filedOn = addDays(today, -spec.daysAgo);
    let id = 0;
    const worker: Actor = { ...admin, role: 'worker', scopePath: null, personId };
    steps.push({
      when: at(filedOn, 9),
      run: async () => {
        const description = TEXTS[category];
        id =
          channel === 'app' || channel === 'mailbox'
            ? (
                await service.worker.file(worker, {
                  channel,
                  category,
                  description,
                  anonymous: !!spec.anonymous,
                })
              ).case.id
            : (
                await service.enter(admin, {
                  channel,
                  category,
                  description,
                  personId,
                  receivedOn: filedOn,
                  ...(spec.city ? { orgId: city?.id } : {}),
                })
              ).case.id;
      },
    });
    if (spec.outcome === 'rated' || spec.outcome === 'closed') {
      steps.push({ when: at(filedOn, 15), run: () => service.accept(admin, id) });
      steps.push({
        when: at(addDays(filedOn, 1), 10),
        run: () => service.reply(admin, id, REPLIES[spec.outcome]),
      });
    }
    if (spec.outcome === 'late') {
      steps.push({ when: at(addDays(filedOn, 20), 10), run: () => service.reply(admin, id, REPLIES.late) });
    }
    if (spec.rating) {
      const days = spec.outcome === 'late' ? 21 : 2;
      const comment = spec.rating >= 4 ? '答复及时，问题解决了，感谢工会。' : '问题基本解决，希望后续跟进。';
      steps.push({
        when: at(addDays(filedOn, days), 20),
        run: () => service.worker.rate(worker, id, { rating: spec.rating as number, comment }),
      });
    }
    if (spec.outcome === 'closed') {
      steps.push({
        when: at(addDays(filedOn, 3), 10),
        run: () => service.close(admin, id, '已回访，职工无异议'),
      });
    }
  });
  // Day by day: the night's deadline sweep, then the day's steps in order.
  steps.sort((a, b) => a.when.getTime() - b.when.getTime());
  let day = todayInChina(steps[0].when);
  let i = 0;
  while (day <= today) {
    const night = at(day, 1);
    if (night.getTime() <= o.now.getTime()) await escalateOverdueCases(db, night);
    for (; i < steps.length && todayInChina(steps[i].when) === day; i++) {
      now = steps[i].when;
      await steps[i].run();
    }
    day = addDays(day, 1);
  }
  return { cases: specs.length };
}
