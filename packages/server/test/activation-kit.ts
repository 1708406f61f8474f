import { expect } from 'vitest';
import type { createTestApp } from './api.ts';

type App = Awaited<ReturnType<typeof createTestApp>>;

/**
 * A member activates their phone account as they would at /m/activate: name, ID number and phone, the code read
 * from the outbox (where codes go while no SMS provider is set up), then their own password; the login name.
 */
export async function activateMember(
  t: App,
  m: { name: string; idNumber: string; phone: string },
  password: string,
): Promise<string> {
  const start = await t.call({
    method: 'POST',
    url: '/api/activation/start',
    body: { name: m.name, idNumber: m.idNumber, phone: m.phone },
  });
  expect(start.statusCode, start.body).toBe(200);
  const { rows } = await t.db.query<{ text: string }>(
    'select text from outbox where recipient = $1 order by id desc limit 1',
    [m.phone],
  );
  const code = rows[0].text.match(/\d{6}/)?.[0] as string;
  const verify = await t.call({
    method: 'POST',
    url: '/api/activation/verify',
    body: { phone: m.phone, code, password },
  });
  expect(verify.statusCode, verify.body).toBe(200);
  return verify.json<{ username: string }>().username;
}
