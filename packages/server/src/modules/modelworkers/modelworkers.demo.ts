import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { demoClerk } from '../../shared/demo-actors.ts';
import { createCareServices } from '../care/index.ts';
import { studiosLedByPersons } from '../innovation/index.ts';
import { resolveOrgNames } from '../org/index.ts';
import { type IdProtector, maskIdNumber, parseIdNumber } from '../people/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import {
  type HonourInsert,
  insertHonours,
  insertModelWorkers,
  type ModelWorkerInsert,
} from './modelworkers.repository.ts';
import { registerCounts } from './modelworkers.status.ts';
import type { HonourKind, Level } from './modelworkers.vocabulary.ts';

/** A member of the demo register who is a model worker (their ID number, to be stored as the register stores it). */
export interface DemoModelWorker {
  personId: number;
  name: string;
  idNumber: string;
  orgId: number;
}

interface Title {
  level: Level;
  kind: HonourKind;
  title: string;
  year: number;
  awardedBy: string;
}

const NATIONAL: Title = {
  level: 'national',
  kind: 'model',
  title: '全国劳动模范',
  year: 2015,
  awardedBy: '中共中央、国务院',
};
const CITY: Title = {
  level: 'city',
  kind: 'model',
  title: '北京市劳动模范',
  year: 2015,
  awardedBy: '北京市人民政府',
};
const CITY_ADVANCED: Title = { ...CITY, kind: 'advanced', title: '北京市先进工作者' };
const FENGTAI: Title = {
  level: 'district',
  kind: 'model',
  title: '丰台区劳动模范',
  year: 2019,
  awardedBy: '丰台区人民政府',
};

/** The model workers the seeds name (seed 002, 2020): not members of the demo register, so not linked to a person. */
const NAMED: { name: string; union: string; employer: string; title: Title; note: string }[] = [
  {
    name: '彭兴利',
    union: '怀柔区总工会',
    employer: '怀柔区喇叭沟门满族乡中榆树店村',
    title: {
      level: 'national',
      kind: 'model',
      title: '全国劳动模范',
      year: 2020,
      awardedBy: '中共中央、国务院',
    },
    note: '“草帽书记”',
  },
  {
    name: '刘兰香',
    union: '龙山街道总工会',
    employer: '龙山街道总工会',
    title: CITY_ADVANCED,
    note: '龙山街道总工会主席',
  },
  {
    name: '樊小光',
    union: '怀柔区总工会',
    employer: '怀柔区人民检察院',
    title: CITY_ADVANCED,
    note: '怀柔区检察院退休干部',
  },
];

/**
 * A model worker on 北京市总工会's own roster (本级): the enterprise they worked for has closed, so the city federation
 * keeps in touch with them itself rather than a union below it.
 */
const KEPT_BY_FEDERATION = {
  name: '周桂芬',
  union: '北京市总工会',
  employer: '原北京第二毛纺织厂（已关闭）',
  title: CITY,
  note: '所在企业关闭，由市总工会直接联系服务',
};

async function insertRegister(
  sql: Sql,
  ids: IdProtector,
  rows: {
    mw: DemoModelWorker | null;
    orgId: number;
    name: string;
    employer?: string;
    note?: string;
    studioId?: number | null;
    titles: Title[];
    on: string;
  }[],
  today: string,
) {
  const inserts: ModelWorkerInsert[] = rows.map((r) => {
    const parsed = r.mw ? parseIdNumber(r.mw.idNumber, today) : null;
    const number = parsed?.ok ? parsed.value.number : null;
    return {
      orgId: r.orgId,
      personId: r.mw?.personId ?? null,
      name: r.name,
      gender: parsed?.ok ? parsed.value.gender : null,
      idCipher: number ? ids.encrypt(number) : null,
      idHash: number ? ids.hash(number) : null,
      idMasked: number ? maskIdNumber(number) : null,
      employer: r.employer ?? null,
      phone: null,
      contactName: null,
      contactPhone: null,
      health: 'good',
      healthNote: null,
      level: r.titles[0].level,
      studioId: r.studioId ?? null,
      note: r.note ?? null,
      registeredOn: r.on,
      status: 'active',
      statusOn: null,
      statusRecordedOn: null,
      createdBy: null,
    };
  });
  const created = await insertModelWorkers(sql, inserts);
  const honours: HonourInsert[] = [];
  const deltas: CountDelta[] = [];
  rows.forEach((r, i) => {
    const id = created[i];
    if (!id) return;
    for (const t of r.titles)
      honours.push({
        ...t,
        modelWorkerId: id,
        orgId: r.orgId,
        source: 'external',
        recordId: null,
        createdBy: null,
      });
    deltas.push(...registerCounts(r.orgId, r.on, inserts[i].level, r.titles));
  });
  await insertHonours(sql, honours);
  await addCounts(sql, deltas);
  return created.filter((c) => c !== null).length;
}

/**
 * The demo register (issue 28): the leaders of Beijing's 202 studios led by model workers (seed 002: 202 of 648
 * studios of city level and above), each linked to the studio they lead; the 26 model workers 卢沟桥地区总工会
 * visited before the Spring Festival with rice, flour, oil, eggs and milk (seed 004), each visit logged through
 * care on 2021-02-09; the model workers seed 002 names (彭兴利, 刘兰香, 樊小光); and one on the city federation's own
 * roster.
 */
export async function seedModelWorkers(
  db: Db,
  ids: IdProtector,
  input: {
    leaders: (DemoModelWorker & { level: 'national' | 'city' })[];
    luGouQiao: DemoModelWorker[];
    now: Date;
  },
): Promise<{ modelWorkers: number; visits: number }> {
  const names = await db.tx((sql) =>
    resolveOrgNames(sql, { path: '/' }, [
      '卢沟桥地区总工会',
      ...new Set([...NAMED, KEPT_BY_FEDERATION].map((n) => n.union)),
    ]),
  );
  const org = (name: string) => {
    const o = names.get(name);
    return o && o !== 'ambiguous' ? o : null;
  };
  const today = todayInChina(input.now);
  const n = await db.tx(async (sql) => {
    const studios = await studiosLedByPersons(
      sql,
      input.leaders.map((l) => l.personId),
    );
    let count = await insertRegister(
      sql,
      ids,
      input.leaders.map((l) => ({
        mw: l,
        orgId: l.orgId,
        name: l.name,
        studioId: studios.get(l.personId) ?? null,
        titles: [l.level === 'national' ? NATIONAL : CITY],
        on: '2016-01-04',
      })),
      today,
    );
    count += await insertRegister(
      sql,
      ids,
      input.luGouQiao.map((m, i) => ({
        mw: m,
        orgId: m.orgId,
        name: m.name,
        titles: [i < 4 ? CITY : FENGTAI],
        on: '2020-12-01',
      })),
      today,
    );
    const named = [...NAMED, KEPT_BY_FEDERATION].flatMap((x) => {
      const o = org(x.union);
      return o
        ? [
            {
              mw: null,
              orgId: o.id,
              name: x.name,
              employer: x.employer,
              note: x.note,
              titles: [x.title],
              on: '2020-12-01',
            },
          ]
        : [];
    });
    count += await insertRegister(sql, ids, named, today);
    return count;
  });
  const town = org('卢沟桥地区总工会');
  let visits = 0;
  if (town) {
    const clerk = demoClerk(town, '卢沟桥地区总工会');
    const care = createCareServices(db, () => input.now);
    for (const m of input.luGouQiao) {
      await care.visits.logVisit(clerk, {
        orgId: town.id,
        recipientKind: 'person',
        personId: m.personId,
        visitedOn: '2021-02-09',
        visitors: '卢沟桥地区总工会工作人员',
        note: '节前慰问：米、面、油、蛋、奶',
        goods: [],
      });
      visits += 1;
    }
  }
  return { modelWorkers: n, visits };
}
