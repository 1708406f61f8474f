import fc from 'fast-check';
import { afterAll, beforeAll, expect } from 'vitest';
import type { OrgRow } from '../src/modules/org/index.ts';
import { addDays } from '../src/shared/dates.ts';
import { createTestApp, multipart } from './api.ts';
import { fixedClock } from './clock.ts';

/**
 * The statistics "as of" property cases (issue 42, ADR 40): a statistic asked without a day equals the same asked
 * as of the period's last day, for any mix of records brought in through a register and recorded live on their
 * past days. Each module keeps its cases in its own folder, `src/modules/<m>/<m>.stats-as-of.ts` exporting
 * `cases: StatsAsOfCase[]`; `stats-as-of.property.test.ts` finds them and runs each property.
 */
export interface StatsAsOfCase {
  /** The test's title: the figures compared. */
  title: string;
  /** The property, over the file's app; each run builds a fresh union subtree (`w.subtree()`). */
  property: (w: StatsAsOfWorld) => fc.IAsyncProperty<unknown>;
}

/** The file's app on a fixed clock, a root union and a staff member of it signed in (`statsAsOfWorld`). */
export type StatsAsOfWorld = ReturnType<typeof statsAsOfWorld>;

/** The year the cases record in and ask about (a past year: every day of it may be entered). */
export const YEAR = 2025;

/**
 * The world of a file of "as of" properties: its app set up before the file's tests and closed after; `get` and
 * `upload` call it as the root's staff member and expect a 200.
 */
export function statsAsOfWorld() {
  const app = {} as { t: Awaited<ReturnType<typeof createTestApp>>; staff: string; root: OrgRow };
  beforeAll(async () => {
    app.t = await createTestApp({ clock: fixedClock() });
    app.root = await app.t.ctx.newRoot();
    app.staff = await app.t.signInAs('staff', app.root);
  });
  afterAll(async () => app.t?.close());
  const get = async (url: string) => {
    const res = await app.t.call({ method: 'GET', url, cookie: app.staff });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const upload = async (url: string, name: string, file: Buffer) => {
    const res = await app.t.call({ method: 'POST', url, cookie: app.staff, ...multipart(name, file) });
    expect(res.statusCode, res.body).toBe(200);
  };
  /** A new district under the root with a grassroots union under it, so runs do not see each other's records. */
  const subtree = async () => {
    const district = await app.t.ctx.newOrg(app.root, 'district', `属性测试区总工会${app.t.ctx.unique()}`);
    const unit = await app.t.ctx.newOrg(district, 'grassroots', `属性测试基层工会${app.t.ctx.unique()}`);
    return { district, unit };
  };
  return { app, get, upload, subtree };
}

/** A number with at least two digits: months and days in ISO dates. */
export const pad = (n: number) => String(n).padStart(2, '0');

/** A day of YEAR: its month and day (1–28, every month has it). */
export const day = (month: number, d: number) => `${YEAR}-${pad(month)}-${pad(d)}`;

/** Any day of YEAR, as `day` takes it. */
export const aDay = fc.record({ month: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });

/** `days` after `from`, kept inside YEAR. */
export const laterInYear = (from: string, days: number) => {
  const out = addDays(from, days);
  return out > `${YEAR}-12-31` ? `${YEAR}-12-31` : out;
};
