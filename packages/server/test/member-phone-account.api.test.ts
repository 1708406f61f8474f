import { describe, expect, it } from 'vitest';
import { activateMember } from './activation-kit.ts';
import { errorShapeProblem } from './api.ts';
import { appWorld } from './world-kit.ts';

/**
 * A member's phone account on their page (ADR 162): whoever sees the member sees its state; the union's manager turns
 * it off — its sessions end at once — and on again, also once the membership ended; each change is audited.
 */
const w = appWorld({
  tree: {
    district: 'root/district',
    firm: 'district/grassroots',
    elsewhere: 'root/district',
  },
  users: {
    manager: ['manager', 'district'],
    staff: ['staff', 'district'],
    stranger: ['manager', 'elsewhere'],
  },
});

const PASSWORD = 'a-long-passphrase';

/** A member of the firm's union who activated their account on the phone; the worker's session cookie. */
async function activated(name: string) {
  const idNumber = w.t.ctx.newIdNumber();
  const phone = w.t.ctx.newPhone();
  const person = await w.t.ctx.newPerson(w.firm, { name, idNumber, phone });
  await activateMember(w.t, { name, idNumber, phone }, PASSWORD);
  return { id: person.id, phone, worker: await w.t.login(phone, PASSWORD) };
}

const account = (id: number, cookie: string) =>
  w.t.call({ method: 'GET', url: `/api/members/${id}/phone-account`, cookie });
const change = (id: number, step: 'disable' | 'enable', cookie: string) =>
  w.t.call({ method: 'POST', url: `/api/members/${id}/phone-account/${step}`, cookie });

describe("a member's phone account", () => {
  it('is seen by the staff, turned off by the manager (the worker signed out at once) and on again', async () => {
    const m = await activated('周小满');
    const seen = await account(m.id, w.staff);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({ state: 'active', username: m.phone, phone: m.phone });
    expect(seen.json().openedAt).toEqual(expect.any(String));
    expect(seen.json().lastSignInAt).toEqual(expect.any(String));

    // the staff see it but do not manage accounts
    expect((await change(m.id, 'disable', w.staff)).statusCode).toBe(403);
    const off = await change(m.id, 'disable', w.manager);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().state).toBe('disabled');
    const me = await w.t.call({ method: 'GET', url: '/api/auth/me', cookie: m.worker });
    expect(me.statusCode).toBe(401);
    await expect(w.t.login(m.phone, PASSWORD)).rejects.toThrow();
    const listed = await w.t.call({
      method: 'GET',
      url: `/api/members?orgId=${w.firm.id}&accountState=disabled`,
      cookie: w.staff,
    });
    expect(listed.json().items.map((i: { id: number }) => i.id)).toEqual([m.id]);

    const on = await change(m.id, 'enable', w.manager);
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().state).toBe('active');
    expect(await w.t.login(m.phone, PASSWORD)).toEqual(expect.any(String));

    const { rows } = await w.t.db.query<{ action: string; orgId: number }>(
      `select action, org_id as "orgId" from audit_log
        where entity = 'user' and action in ('user.disable', 'user.enable') and after->>'personId' = $1
        order by seq`,
      [String(m.id)],
    );
    expect(rows).toEqual([
      { action: 'user.disable', orgId: w.firm.id },
      { action: 'user.enable', orgId: w.firm.id },
    ]);
  });

  it('is closed by the union the member left, once their membership ended', async () => {
    const m = await activated('吴离会');
    const ended = await w.t.call({
      method: 'POST',
      url: `/api/members/${m.id}/end-membership`,
      cookie: w.staff,
      body: { reason: 'left_unit' },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect((await account(m.id, w.staff)).json().state).toBe('active');
    const off = await change(m.id, 'disable', w.manager);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().state).toBe('disabled');
  });

  it('says none for a member who never activated, and refuses to change it with a bilingual 409', async () => {
    const person = await w.t.ctx.newPerson(w.firm, { name: '郑未开' });
    const seen = await account(person.id, w.staff);
    expect(seen.json()).toEqual({
      state: 'none',
      username: null,
      phone: null,
      openedAt: null,
      lastSignInAt: null,
    });
    const res = await change(person.id, 'disable', w.manager);
    expect(res.statusCode).toBe(409);
    expect(errorShapeProblem(res)).toBeNull();
    expect(res.json().error).toMatchObject({ code: 'MEMBER_HAS_NO_ACCOUNT' });
    expect(res.json().error.messageZh).toContain('尚未开通手机账号');
  });

  it('answers 404 to a manager of another subtree, and 400 to an id that is not one', async () => {
    const m = await activated('钱他处');
    expect((await account(m.id, w.stranger)).statusCode).toBe(404);
    expect((await change(m.id, 'disable', w.stranger)).statusCode).toBe(404);
    expect((await account(m.id, w.staff)).json().state).toBe('active');
    const bad = await w.t.call({ method: 'GET', url: '/api/members/abc/phone-account', cookie: w.staff });
    expect(bad.statusCode).toBe(400);
    expect(errorShapeProblem(bad)).toBeNull();
  });
});
