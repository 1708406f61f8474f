import { afterAll, beforeAll } from 'vitest';
import { createTestApp } from './api.ts';

type SignInApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The sign-in tests' app, opened before and closed after the file's tests: the client address comes from
 * X-Forwarded-For, as a proxy in front would send it, and `ip()` gives a fresh one per call, so one test's
 * per-address throttle does not touch another's; `staffUser()` is a staff account of a new district union.
 */
export function signInKit() {
  let t: SignInApp;
  beforeAll(async () => {
    t = await createTestApp({ trustLoopback: true });
  });
  afterAll(async () => {
    await t?.close();
  });
  let serial = 0;
  const auth = () => t.ctx.services.auth;
  return {
    app: () => t,
    auth,
    ip: () => `10.0.${Math.floor(++serial / 250)}.${serial % 250}`,
    async staffUser(phone?: string) {
      const district = await t.ctx.newOrg(await t.ctx.newRoot(), 'district');
      const username = `staff${t.ctx.unique()}`;
      const password = 'correct horse battery';
      const userId = await auth().createUser({
        username,
        password,
        displayName: '工作人员',
        roles: [{ role: 'staff', orgId: district.id }],
        phone,
      });
      return { userId, username, password, district };
    },
  };
}
