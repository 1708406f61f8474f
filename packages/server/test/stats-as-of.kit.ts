import { afterAll, beforeAll, expect } from 'vitest';
import type { OrgRow } from '../src/modules/org/index.ts';
import { createTestApp, multipart } from './api.ts';
import { fixedClock } from './clock.ts';

/**
 * The statistics "as of" property tests' app (stats-as-of*.property.test.ts, issue 42): one app on a fixed clock, a
 * root union and a staff member of it signed in, set up before the file's tests and closed after; `get` and `upload`
 * call it as that staff member and expect a 200.
 */
export function statsAsOfApp() {
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
  return { app, get, upload };
}

/** A number with at least two digits: months and days in ISO dates. */
export const pad = (n: number) => String(n).padStart(2, '0');
