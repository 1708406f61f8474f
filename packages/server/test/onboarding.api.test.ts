import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/modules/auth/index.ts';
import { createTestApp, errorShapeProblem, undeclaredAnswers } from './api.ts';

/** The public onboarding routes over HTTP: one answer for member and stranger, the cookie, bilingual refusals. */

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  // the throttling test gives its requests an address of their own with X-Forwarded-For, as a proxy would
  t = await createTestApp({ trustLoopback: true });
});
afterAll(async () => {
  await t?.close();
});

const post = (url: string, body: unknown, headers?: Record<string, string>) =>
  t.call({ method: 'POST', url, body, headers });

describe('activation over HTTP', () => {
  it('answers a member and a stranger alike, then signs the member in with the cookie', async () => {
    const root = await t.ctx.newRoot();
    const union = await t.ctx.newOrg(await t.ctx.newOrg(root, 'district'), 'grassroots');
    const phone = t.ctx.newPhone();
    const idNumber = t.ctx.newIdNumber();
    const person = await t.ctx.newPerson(union, { idNumber, phone, name: '周七' });
    const member = await post('/api/activation/start', { name: '周七', idNumber, phone });
    const stranger = await post('/api/activation/start', {
      name: '周七',
      idNumber: t.ctx.newIdNumber(),
      phone: t.ctx.newPhone(),
    });
    expect([member.statusCode, member.body]).toEqual([stranger.statusCode, stranger.body]);
    expect(member.statusCode).toBe(200);

    const { rows } = await t.db.query<{ text: string }>('select text from outbox where recipient = $1', [
      phone,
    ]);
    const code = rows[0].text.match(/\d{6}/)?.[0] as string;
    const res = await post('/api/activation/verify', { phone, code, password: 'a-long-passphrase' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, username: phone });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    const me = await t.call({ method: 'GET', url: '/api/auth/me', cookie: cookie?.value });
    expect(me.json()).toMatchObject({ role: 'worker', personId: person.id });
  });

  it('refuses bad ID numbers, phones and codes with a bilingual 400', async () => {
    const bodies: [string, unknown][] = [
      ['/api/activation/start', { name: '某', idNumber: '110101199001011230', phone: '13900000000' }],
      ['/api/activation/start', { name: '某', idNumber: t.ctx.newIdNumber(), phone: '10900000000' }],
      ['/api/activation/verify', { phone: '13900000000', code: '12345a', password: 'a-long-passphrase' }],
      ['/api/activation/verify', { phone: '13900000000', code: '123456', password: 'x', extra: 1 }],
      ['/api/join-requests', { orgId: 1, name: '某', idNumber: '11010119900101123X', phone: '13900000000' }],
      ['/api/join-requests', { orgId: 1, name: '', idNumber: t.ctx.newIdNumber(), phone: '13900000000' }],
    ];
    for (const [url, body] of bodies) {
      const res = await post(url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBe(400);
      expect(errorShapeProblem(res)).toBeNull();
    }
    const search = await t.call({ method: 'GET', url: '/api/join/unions?q=' });
    expect(search.statusCode).toBe(400);
  });

  it('throttles an address with a bilingual 429', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    let last = 0;
    let body = '';
    for (let i = 0; i < 32; i++) {
      const res = await post(
        '/api/activation/start',
        { name: '某', idNumber: t.ctx.newIdNumber(), phone: t.ctx.newPhone() },
        headers,
      );
      last = res.statusCode;
      body = res.body;
    }
    expect(last).toBe(429);
    expect(JSON.parse(body).error.messageZh).toContain('频繁');
  });
});

describe('join requests over HTTP', () => {
  it('a union exports its join requests as listed: ID numbers masked, times to the minute, audited', async () => {
    const root = await t.ctx.newRoot();
    const union = await t.ctx.newOrg(
      await t.ctx.newOrg(root, 'district'),
      'grassroots',
      `北京（顺义）测试公司工会${t.ctx.unique()}`,
    );
    const idNumber = t.ctx.newIdNumber();
    const asked = await post(
      '/api/join-requests',
      {
        orgId: union.id,
        name: '赵（小）敏',
        idNumber,
        phone: '13900001111',
        employer: '北京（顺义）测试公司',
      },
      { 'x-forwarded-for': '10.9.8.7' },
    );
    expect(asked.statusCode, asked.body).toBe(200);
    const cookie = await t.signInAs('staff', union);
    const res = await t.call({ method: 'GET', url: '/api/join-requests.xlsx?status=pending', cookie });
    expect(res.statusCode, res.body).toBe(200);
    const { readSheet } = await import('../src/shared/sheet-reader.ts');
    const sheet = await readSheet(res.rawPayload, 'join.xlsx', { isHeader: (c) => c.includes('身份证号') });
    const col = (name: string) => sheet.headers.indexOf(name);
    expect(sheet.rows).toHaveLength(1);
    const row = sheet.rows[0].cells;
    expect(row[col('姓名')]).toBe('赵（小）敏');
    expect(row[col('身份证号')]).not.toBe(idNumber);
    expect(row[col('身份证号')]).toContain('*');
    expect(row[col('申请时间')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(row[col('状态')]).toBe('待审核');
    const bad = await t.call({ method: 'GET', url: '/api/join-requests.xlsx?status=maybe', cookie });
    expect(bad.statusCode).toBe(400);
  });
});

describe('the OpenAPI document', () => {
  it('declares every status the onboarding routes answered here (429…)', async () => {
    const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(undeclaredAnswers(t.answered, spec)).toEqual([]);
  });
});
