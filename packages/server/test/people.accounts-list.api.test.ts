import { describe, expect, it } from 'vitest';
import { operatorChangesAccount } from '../src/modules/auth/index.ts';
import { readSheet } from '../src/shared/sheet-reader.ts';
import { activateMember } from './activation-kit.ts';
import { errorShapeProblem } from './api.ts';
import { appWorld } from './world-kit.ts';

/**
 * The member list says which members can sign in on a phone (手机账号): none, an account not yet in use (待激活),
 * one in use (已激活), one turned off (已停用); it filters by that state, and its export writes it in words.
 */
const w = appWorld({
  tree: {
    district: 'root/district',
    firm: 'district/grassroots',
    other: 'district/grassroots',
    former: 'district/grassroots',
  },
  users: { staff: ['staff', 'district'] },
});

const PASSWORD = 'a-long-passphrase';

/** A member of the union, with their ID number and phone. */
async function member(name: string, union = w.firm) {
  const idNumber = w.t.ctx.newIdNumber();
  const phone = w.t.ctx.newPhone();
  const person = await w.t.ctx.newPerson(union, { name, idNumber, phone });
  return { id: person.id, name, idNumber, phone };
}

const activate = (m: { name: string; idNumber: string; phone: string }) => activateMember(w.t, m, PASSWORD);

/** The member list of a union as the staff read it: each member's name and phone account state. */
async function states(query: string) {
  const res = await w.t.call({ method: 'GET', url: `/api/members?${query}`, cookie: w.staff });
  expect(res.statusCode, res.body).toBe(200);
  const { items } = res.json<{ items: { name: string; accountState: string }[] }>();
  return Object.fromEntries(items.map((i) => [i.name, i.accountState]));
}

describe('the phone account on the member list', () => {
  it('shows none, pending, active and disabled, filters by each, and the export writes them in words', async () => {
    const none = await member('甲未开');
    const pending = await member('乙待激');
    const active = await member('丙已激');
    const disabled = await member('丁停用');
    // an account made for the member but never signed in (as the demo's workers are made)
    await w.t.ctx.newUser('worker', null, pending.id);
    await activate(active);
    // the operator turns an activated account off (`gonghui admin disable`)
    await operatorChangesAccount(w.t.db, await activate(disabled), { active: false });

    const q = `orgId=${w.firm.id}`;
    expect(await states(q)).toEqual({
      [none.name]: 'none',
      [pending.name]: 'pending',
      [active.name]: 'active',
      [disabled.name]: 'disabled',
    });
    for (const [state, m] of [
      ['none', none],
      ['pending', pending],
      ['active', active],
      ['disabled', disabled],
    ] as const) {
      expect(await states(`${q}&accountState=${state}`), state).toEqual({ [m.name]: state });
    }
    // with the search text too, and over the whole subtree
    expect(await states(`q=${encodeURIComponent(active.name)}&accountState=active`)).toEqual({
      [active.name]: 'active',
    });
    expect(await states(`q=${encodeURIComponent(active.name)}&accountState=none`)).toEqual({});
    expect(await states('accountState=pending')).toEqual({ [pending.name]: 'pending' });

    const file = await w.t.call({
      method: 'GET',
      url: `/api/members/export.xlsx?${q}`,
      cookie: w.staff,
    });
    expect(file.statusCode).toBe(200);
    const sheet = await readSheet(file.rawPayload, 'm.xlsx');
    const at = sheet.headers.indexOf('手机账号');
    expect(sheet.headers.at(-1)).toBe('行标识（请勿修改）');
    const written = Object.fromEntries(sheet.rows.map((r) => [r.cells[0], r.cells[at]]));
    expect(written).toEqual({
      [none.name]: '未开通',
      [pending.name]: '待激活',
      [active.name]: '已激活',
      [disabled.name]: '已停用',
    });
    const filtered = await w.t.call({
      method: 'GET',
      url: `/api/members/export.xlsx?${q}&accountState=pending`,
      cookie: w.staff,
    });
    const pendingRows = (await readSheet(filtered.rawPayload, 'm.xlsx')).rows.map((r) => r.cells[0]);
    expect(pendingRows).toEqual([pending.name]);
  });

  it('turns pending into active at the first sign-in, and back to pending when the operator resets the password', async () => {
    const m = await member('戊首登', w.other);
    const account = await w.t.ctx.newUser('worker', null, m.id);
    const q = `orgId=${w.other.id}`;
    expect(await states(q)).toEqual({ [m.name]: 'pending' });
    await w.t.login(account.username, account.password);
    expect(await states(q)).toEqual({ [m.name]: 'active' });
    // a password someone else set is changed by its holder at the next sign-in: not in use till then
    await operatorChangesAccount(w.t.db, account.username, { password: 'another-long-passphrase' });
    expect(await states(q)).toEqual({ [m.name]: 'pending' });
  });

  it('says and filters the phone account of those who left too (已离会)', async () => {
    const left = await member('己离会', w.former);
    await activate(left);
    const ended = await w.t.call({
      method: 'POST',
      url: `/api/members/${left.id}/end-membership`,
      cookie: w.staff,
      body: { reason: 'retired' },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const q = `orgId=${w.former.id}&ended=true`;
    expect(await states(q)).toEqual({ [left.name]: 'active' });
    expect(await states(`${q}&accountState=active`)).toEqual({ [left.name]: 'active' });
    expect(await states(`${q}&accountState=none`)).toEqual({});
  });

  it('refuses an unknown state with a 400 naming the field in both languages', async () => {
    for (const url of ['/api/members?accountState=activated', '/api/members/export.xlsx?accountState=x']) {
      const res = await w.t.call({ method: 'GET', url, cookie: w.staff });
      expect(res.statusCode, url).toBe(400);
      expect(errorShapeProblem(res)).toBeNull();
      const { error } = res.json<{ error: { messageZh: string; messageEn: string } }>();
      expect(error.messageZh).toContain('手机账号');
      expect(error.messageEn.toLowerCase()).toContain('phone account');
    }
  });
});
