/**
 * A register's answer never shows an ID number whole (issue 32): not in a row's cell (内容) as typed with
 * full-width digits (１１０１…), not in a refusal of a wrong check digit, in either language; each is masked as
 * screens show it (110113********1238).
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { registerKit } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { idCheckDigit } from '../people/index.ts';
import { ACTIVITIES_REGISTER } from './activities.register.ts';

const w = appWorld({
  app: { clock: fixedClock() },
  tree: { district: ['root/district', '证号区总工会'], firm: ['district/grassroots', '证号基层工会'] },
  users: { staff: ['staff', 'district'] },
});
let member: { name: string; idNumber: string };

beforeAll(async () => {
  member = { name: '孙丽', idNumber: w.t.ctx.newIdNumber() };
  await w.t.ctx.newPerson(w.firm, member);
});

const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/activities/import',
  register: ACTIVITIES_REGISTER,
  count: async () => 0,
});

/** 0-9 and X as a Chinese input method types them in full width. */
const fullWidth = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const halfWidth = (s: string) =>
  s.replace(/[０-９Ｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

describe('an ID number in a register’s row errors', () => {
  it('is masked in the cell and the reason, whatever the width of its digits, in both languages', async () => {
    const id = member.idNumber;
    const first17 = id.slice(0, 17);
    const wrongCheck = `${first17}${idCheckDigit(first17) === '0' ? '1' : '0'}`;
    const unknown = w.t.ctx.newIdNumber();
    const row = (idNumber: string, name: string) => [
      '2019年健步走',
      w.firm.name,
      '文体',
      '2019-04-20',
      idNumber,
      name,
      '',
      '',
      '是',
    ];
    const res = await kit.send(
      kit.sheet([
        row(id, member.name),
        // the same person again, typed in full width: the same person twice (an error on the ID cell)
        row(fullWidth(id), member.name),
        row(wrongCheck, member.name),
        row(fullWidth(wrongCheck), member.name),
        // a valid number no member has, in full width
        row(fullWidth(unknown), '某人'),
      ]),
      true,
    );
    expect(res.statusCode, res.body).toBe(200);
    const errors = res.json().errors as {
      rowNo: number;
      column: string;
      value?: string;
      messageZh: string;
    }[];
    expect(errors.map((e) => e.rowNo)).toEqual([3, 4, 5, 6]);
    expect(halfWidth(res.body)).not.toMatch(/[0-9]{17}[0-9X]/);
    expect(halfWidth(res.body)).not.toMatch(/[0-9]{17}/);
    const masked = (n: string) => `${n.slice(0, 6)}********${n.slice(14)}`;
    expect(errors.map((e) => e.value)).toEqual([
      masked(id),
      masked(wrongCheck),
      masked(wrongCheck),
      masked(unknown),
    ]);
    expect(errors[1].messageZh).toBe(`「${masked(wrongCheck)}」：身份证号校验位错误`);
  });
});
