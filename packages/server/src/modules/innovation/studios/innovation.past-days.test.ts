import { studiosLedCounter } from '../../../../test/factories.ts';
/**
 * Every innovation decision on the day it happened (ADR 40): recognition, promotion, a yearly report, its
 * re-evaluation (pass or revocation), an achievement's publication and conversion. Each is stored with its day
 * and counted on it in the studio statistics; a future day, a day before what it follows and a past day from a
 * role without history.backdate are refused. The clock is fixed: today is 2026-11-23.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { worldPerFile } from '../../../../test/world-kit.ts';
import type { Actor } from '../../../access/access.ts';
import type { OrgRow } from '../../org/index.ts';
import { type AchievementsService, createAchievementsService } from '../achievements/index.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';
import { recogniseAtLevel } from './studios.levels.ts';
import { findStudioById } from './studios.repository.ts';
import { appError, createStudiosWorld } from './studios.test-kit.ts';
import { createStudiosService, type StudiosService } from './studios.use-cases.ts';

const NOW = new Date('2026-11-23T10:00:00+08:00');
const TOMORROW = '2026-11-24';

const w = worldPerFile(createStudiosWorld);
let studios: StudiosService;
let achievements: AchievementsService;
/** 昌平's re-evaluation of its city-level studios for 2020. */
let campaignId: number;

beforeAll(async () => {
  studios = createStudiosService(w.db, () => NOW, studiosLedCounter);
  achievements = createAchievementsService(w.db, () => NOW);
  ({ id: campaignId } = await studios.createReevaluation(w.staff(w.changping), {
    orgId: w.changping.id,
    year: 2020,
    level: 'city',
    dueOn: '2021-01-31',
  }));
});

/** A studio founded in 2019 in a union of its own under the town (so its counts are its own), at `level` from `since`. */
async function newStudio(level: StudioLevel = 'grassroots', since = '2020-03-05') {
  const org = await w.ctx.newOrg(w.town, 'grassroots');
  const { id } = await studios.create(w.staff(org), {
    orgId: org.id,
    name: `补录测试工作室${w.ctx.unique()}`,
    foundedOn: '2019-06-01',
  });
  if (level !== 'grassroots') {
    await w.db.tx(async (sql) => {
      await recogniseAtLevel(sql, w.admin, (await findStudioById(sql, id))!, level, since, {
        subsidy: false,
      });
    });
  }
  return { id, org };
}

/** Proposes the studio for `level` and takes the steps below the deciding union on `stepsOn`. */
async function proposed(studio: { id: number; org: OrgRow }, level: 'district' | 'city', stepsOn: string) {
  const { id } = await studios.propose(w.staff(studio.org), studio.id, { level, effectiveOn: stepsOn });
  const below = level === 'district' ? [w.town] : [w.town, w.changping];
  for (const org of below) await studios.review(w.staff(org), id, 'approve', { decidedOn: stepsOn });
  return id;
}

/** The studio statistics of a union over `from`–`to`. */
const stats = (org: OrgRow, from: string, to: string) =>
  studios.stats(w.staff(org), { orgId: org.id, from, to });

async function achievementOf(org: OrgRow) {
  const studio = await w.ctx.newStudio(org);
  const person = await w.person(org);
  return achievements.createAchievement(w.staff(w.town), {
    studioId: studio.id,
    title: `补录测试成果${w.ctx.unique()}`,
    type: 'technical_innovation',
    year: 2020,
    abstract: '快速换模装置，换模时间缩短一半。',
    team: [person.id],
  });
}

interface Case {
  decision: string;
  /** What the decision follows, set up afresh; `decide` takes it on a day as an actor. */
  prepare(): Promise<{ org: OrgRow; decide: (actor: Actor, day?: string) => Promise<unknown> }>;
  /** Who decides: staff (may record a past day) and a role without history.backdate. */
  staff: (org: OrgRow) => Actor;
  other: (org: OrgRow) => Actor;
  /** The code the other role gets: BACKDATE_DENIED, or PERMISSION_DENIED where no role without it may decide at all. */
  otherRefused: 'BACKDATE_DENIED' | 'PERMISSION_DENIED';
  past: string;
  /** The day the decision stored, read back. */
  stored: (org: OrgRow) => Promise<string | null | undefined>;
  /** The statistic it moves, read over a year (or as of its end). */
  figure?: (org: OrgRow, year: number) => Promise<number>;
  before: { day: string; zh: string };
}

/** The studio and the achievement each case made, by the union it made them in. */
const studioOf = new Map<number, number>();
const achievementOfOrg = new Map<number, number>();
/** A new studio (newStudio), kept as the studio of its union's case. */
async function caseStudio(...args: Parameters<typeof newStudio>) {
  const s = await newStudio(...args);
  studioOf.set(s.org.id, s.id);
  return s;
}
/** The re-evaluation's row of the studio of `org`'s case. */
const reevaluatedOf = async (org: OrgRow) =>
  (await studios.reevaluation(w.admin, campaignId)).studios.find((x) => x.studioId === studioOf.get(org.id));

const CASES: Case[] = [
  {
    decision: 'recognition at district level',
    async prepare() {
      const s = await caseStudio();
      const rid = await proposed(s, 'district', '2020-03-02');
      return { org: s.org, decide: (a, day) => studios.review(a, rid, 'approve', { decidedOn: day }) };
    },
    staff: () => w.staff(w.changping),
    other: () => w.reviewer(w.changping),
    otherRefused: 'BACKDATE_DENIED',
    past: '2020-03-05',
    stored: async (org) => (await studios.get(w.admin, studioOf.get(org.id)!)).levelSince,
    figure: async (org, year) => (await stats(org, `${year}-01-01`, `${year}-12-31`)).districtAndAbove,
    before: { day: '2020-03-01', zh: '认定日期 2020-03-01 早于推荐或下一级审核日期 2020-03-02' },
  },
  {
    decision: 'promotion to city level',
    async prepare() {
      const s = await caseStudio('district', '2020-03-05');
      // Proposed and forwarded on the day the district level began; the promotion may not precede them.
      const rid = await proposed(s, 'city', '2020-03-05');
      return { org: s.org, decide: (a, day) => studios.review(a, rid, 'approve', { decidedOn: day }) };
    },
    staff: () => w.staff(w.root),
    other: () => w.reviewer(w.root),
    otherRefused: 'BACKDATE_DENIED',
    past: '2020-09-10',
    stored: async (org) => (await studios.get(w.admin, studioOf.get(org.id)!)).levelSince,
    figure: async (org, year) => (await stats(org, `${year}-01-01`, `${year}-12-31`)).promotedToCity,
    before: { day: '2020-03-03', zh: '晋升日期 2020-03-03 早于推荐或下一级审核日期 2020-03-05' },
  },
  {
    decision: 'yearly report of the re-evaluation',
    async prepare() {
      const s = await caseStudio('city', '2020-03-05');
      return {
        org: s.org,
        decide: (a, day) =>
          studios.fileReport(a, campaignId, s.id, {
            activities: '技术攻关8次',
            peopleTrained: 20,
            filedOn: day,
          }),
      };
    },
    staff: () => w.staff(w.town),
    // Filing needs innovation.write, which no role without history.backdate holds.
    other: () => w.reviewer(w.town),
    otherRefused: 'PERMISSION_DENIED',
    past: '2020-12-20',
    stored: async (org) => (await reevaluatedOf(org))?.filedOn,
    before: { day: '2019-12-31', zh: '年度报告提交日期 2019-12-31 早于复评年度首日 2020-01-01' },
  },
  {
    decision: 're-evaluation passed',
    async prepare() {
      const s = await caseStudio('city', '2020-03-05');
      await studios.fileReport(w.staff(w.town), campaignId, s.id, {
        activities: '技术攻关8次',
        peopleTrained: 20,
        filedOn: '2020-12-20',
      });
      return {
        org: s.org,
        decide: (a, day) => studios.decide(a, campaignId, s.id, { outcome: 'pass', decidedOn: day }),
      };
    },
    staff: () => w.staff(w.changping),
    other: () => w.reviewer(w.changping),
    otherRefused: 'BACKDATE_DENIED',
    past: '2021-01-05',
    stored: async (org) => (await reevaluatedOf(org))?.decidedOn,
    before: { day: '2020-12-19', zh: '复评合格日期 2020-12-19 早于年度报告提交日期 2020-12-20' },
  },
  {
    decision: 'revocation at re-evaluation',
    async prepare() {
      const s = await caseStudio('city', '2020-09-01');
      // Filed before the level began, so that only the level stands between a decision and its recognition.
      await studios.fileReport(w.staff(w.town), campaignId, s.id, {
        activities: '全年活动不足',
        peopleTrained: 1,
        filedOn: '2020-06-01',
      });
      return {
        org: s.org,
        decide: (a, day) =>
          studios.decide(a, campaignId, s.id, {
            outcome: 'revoke',
            reason: '未完成培训任务',
            decidedOn: day,
          }),
      };
    },
    staff: () => w.staff(w.changping),
    other: () => w.reviewer(w.changping),
    otherRefused: 'BACKDATE_DENIED',
    past: '2021-01-10',
    stored: async (org) => (await studios.get(w.admin, studioOf.get(org.id)!)).levels.at(-1)?.toOn,
    figure: async (org, year) => (await stats(org, `${year}-01-01`, `${year}-12-31`)).revoked,
    before: { day: '2020-08-01', zh: '撤销日期 2020-08-01 早于工作室现有等级的起始日期 2020-09-01' },
  },
  {
    decision: 'publication of an achievement',
    async prepare() {
      const org = await w.ctx.newOrg(w.town, 'grassroots');
      const a = await achievementOf(org);
      achievementOfOrg.set(org.id, a.id);
      return { org, decide: (actor, day) => achievements.publishAchievement(actor, a.id, day) };
    },
    staff: () => w.staff(w.town),
    other: () => w.reviewer(w.town),
    otherRefused: 'PERMISSION_DENIED',
    past: '2020-08-01',
    stored: async (org) =>
      (await achievements.getAchievement(w.admin, achievementOfOrg.get(org.id)!)).publishedOn,
    figure: async (org, year) => (await stats(org, `${year}-01-01`, `${year}-12-31`)).achievements,
    before: { day: '2019-12-31', zh: '发布日期 2019-12-31 早于成果年度首日 2020-01-01' },
  },
  {
    decision: 'conversion of an achievement',
    async prepare() {
      const org = await w.ctx.newOrg(w.town, 'grassroots');
      const a = await achievementOf(org);
      achievementOfOrg.set(org.id, a.id);
      return {
        org,
        decide: (actor, day) =>
          achievements.addConversion(actor, a.id, {
            partner: '北京京能电力股份有限公司',
            convertedOn: day ?? '2026-11-23',
            valueFen: 5_000_000,
          }),
      };
    },
    staff: () => w.staff(w.town),
    other: () => w.reviewer(w.town),
    otherRefused: 'PERMISSION_DENIED',
    past: '2020-10-01',
    stored: async (org) =>
      (await achievements.getAchievement(w.admin, achievementOfOrg.get(org.id)!)).conversionList[0]
        ?.convertedOn,
    figure: async (org, year) => (await stats(org, `${year}-01-01`, `${year}-12-31`)).conversions,
    before: { day: '2019-06-01', zh: '转化日期 2019-06-01 早于成果年度首日 2020-01-01' },
  },
];

describe.each(CASES)('$decision', (c) => {
  it('back-dated: stored with its day and counted in that year', async () => {
    const { org, decide } = await c.prepare();
    const year = Number(c.past.slice(0, 4));
    if (c.figure) expect(await c.figure(org, year)).toBe(0);
    await decide(c.staff(org), c.past);
    expect(await c.stored(org)).toBe(c.past);
    if (c.figure) {
      expect(await c.figure(org, year)).toBe(1);
      expect(await c.figure(org, year - 1)).toBe(0);
    }
  });

  it('a future day is refused', async () => {
    const { org, decide } = await c.prepare();
    const err = await appError(() => decide(c.staff(org), TOMORROW));
    expect(err.code).toBe('EFFECTIVE_IN_FUTURE');
    expect(err.messages.zh).toContain('晚于今天（2026-11-23）');
  });

  it('a day before what it follows is refused, naming both days', async () => {
    const { org, decide } = await c.prepare();
    const err = await appError(() => decide(c.staff(org), c.before.day));
    expect(err.code).toBe('EFFECTIVE_BEFORE_PRIOR');
    expect(err.messages.zh).toBe(c.before.zh);
    expect(err.messages.en).toContain(c.before.day);
  });

  it('a past day from a role without history.backdate is refused', async () => {
    const { org, decide } = await c.prepare();
    const err = await appError(() => decide(c.other(org), c.past));
    expect(err.code).toBe(c.otherRefused);
    expect(await c.stored(org)).not.toBe(c.past);
  });
});

describe('the day a decision was recorded', () => {
  it('is kept beside its day: a level, a recognition, a report, a publication and a conversion', async () => {
    const s = await newStudio();
    const rid = await proposed(s, 'district', '2020-03-02');
    await studios.review(w.staff(w.changping), rid, 'approve', { decidedOn: '2020-03-05' });
    const detail = await studios.get(w.admin, s.id);
    const level = detail.levels.at(-1)!;
    expect(level).toMatchObject({ level: 'district', fromOn: '2020-03-05' });
    expect(new Date(level.recordedAt).getTime()).toBeGreaterThan(Date.parse('2020-03-06'));
    expect(detail.recognitions[0]).toMatchObject({ decidedOn: '2020-03-05' });
    expect(detail.recognitions[0].decidedRecordedAt).not.toBeNull();
    const { rows } = await w.db.query<{ after: { effectiveOn?: string } }>(
      `select after from audit_log where entity = 'innovation_recognition' and entity_id = $1
        and action = 'studio.recognition.approve' order by id desc limit 1`,
      [String(rid)],
    );
    expect(rows[0].after.effectiveOn).toBe('2020-03-05');

    const a = await achievementOf(s.org);
    const published = await achievements.publishAchievement(w.staff(w.town), a.id, '2020-08-01');
    expect(published.publishedRecordedAt).not.toBeNull();
    // Published "today" takes the moment of the clock.
    const b = await achievementOf(s.org);
    expect((await achievements.publishAchievement(w.staff(w.town), b.id)).publishedAt).toBe(
      NOW.toISOString(),
    );
  });
});
