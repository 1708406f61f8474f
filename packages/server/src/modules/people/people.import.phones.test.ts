import { beforeAll, describe, expect, it } from 'vitest';
import { idNo, importFixtureForFile, memberRow, memberSheet } from '../../../test/member-import.ts';
import type { Actor } from '../../access/access.ts';
import type { OrgRow } from '../org/index.ts';

/**
 * A member import giving a member with an account a new phone (ADR 147: the account's phone follows it). A number
 * another account holds, or one an earlier row gives another member with an account, is a row error like any other:
 * the dry run (预检) reports it and the import refuses the row (with "all rows or nothing", the file). A member without
 * an account may give any number (a family's shared phone).
 */

const f = importFixtureForFile();
let firm: OrgRow;
let staff: Actor;
beforeAll(() => {
  firm = f.orgs.firmA;
  staff = f.ctx.actor('staff', f.orgs.yangzhen);
});

/** A member of the firm registered with a phone, and, unless told otherwise, their account as activation makes it. */
async function member(serial: number, name: string, withAccount = true) {
  const phone = f.ctx.newPhone();
  const person = await f.ctx.newPerson(firm, { idNumber: idNo(serial), phone, name });
  if (withAccount) {
    await f.ctx.services.auth.createUser({
      username: phone,
      phone,
      password: 'a-long-passphrase',
      displayName: name,
      roles: [{ role: 'worker', orgId: null }],
      personId: person.id,
    });
  }
  return { id: person.id, idNumber: idNo(serial), phone, name };
}

const row = (name: string, idNumber: string, phone: string) =>
  memberRow({ name, idNumber, phone, union: firm.name, joinedOn: '2020-01-01' });

async function accountsOf(personIds: number[]) {
  const { rows } = await f.db.query<{ username: string; phone: string | null }>(
    'select username, phone from users where person_id = any($1::bigint[]) order by id',
    [personIds],
  );
  return rows;
}

/** Each member's phone in the register, by ID number. */
const phonesOf = async (...members: { idNumber: string }[]) =>
  Promise.all(members.map(async (m) => (await f.personByIdNumber(m.idNumber))?.phone));

describe('member import: a new phone for a member with an account', () => {
  it('a number another account holds is a row error of the dry run and of the import; nothing is imported', async () => {
    const holder = await member(801, '周一');
    const worker = await member(802, '周二');
    // the number as a clerk types it: spaced, read as the same number
    const typed = `${holder.phone.slice(0, 3)} ${holder.phone.slice(3, 7)} ${holder.phone.slice(7)}`;
    const sheet = memberSheet([
      row('周新', idNo(803), f.ctx.newPhone()),
      row('周二', worker.idNumber, typed),
    ]);
    const expected = {
      rowNo: 3,
      column: '手机',
      value: typed,
      code: 'PHONE_TAKEN',
      messageZh: expect.stringContaining(`手机“${typed}”已是另一个账号的手机号或登录名`),
      messageEn: expect.stringContaining(`Phone number "${typed}" is already another account's phone`),
    };
    const accountsBefore = await accountsOf([holder.id, worker.id]);
    const before = await f.counts();

    const dry = await f.runImport(staff, sheet, { dryRun: true });
    expect(dry.errors).toEqual([expected]);
    expect(dry.job.error?.code).toBe('IMPORT_ROWS_INVALID');

    const real = await f.runImport(staff, sheet);
    expect([real.job.status, real.job.error?.code]).toEqual(['failed', 'IMPORT_ROWS_INVALID']);
    expect(real.errors).toEqual([expected]);
    expect(await f.counts()).toEqual(before);
    expect(await f.personByIdNumber(idNo(803))).toBeUndefined();
    expect(await phonesOf(holder, worker)).toEqual([holder.phone, worker.phone]);
    expect(await accountsOf([holder.id, worker.id])).toEqual(accountsBefore);

    // "valid rows only": that row alone is refused, the others come in
    const valid = await f.runImport(staff, sheet, { mode: 'valid_only', fileName: 'valid.xlsx' });
    expect(valid.job.status).toBe('succeeded');
    expect(valid.errors).toEqual([expected]);
    expect(await f.personByIdNumber(idNo(803))).toBeDefined();
    expect(await phonesOf(holder, worker)).toEqual([holder.phone, worker.phone]);
    expect(await accountsOf([holder.id, worker.id])).toEqual(accountsBefore);
  });

  it('two rows giving two members with accounts one new number: the second row is refused', async () => {
    const first = await member(811, '吴一');
    const second = await member(812, '吴二');
    const shared = f.ctx.newPhone();
    // one row a batch: the rows meet across batches
    const sheet = memberSheet([row('吴一', first.idNumber, shared), row('吴二', second.idNumber, shared)]);
    for (const dryRun of [true, false]) {
      const { errors } = await f.runImport(staff, sheet, { batchRows: 1, dryRun });
      expect(errors).toEqual([
        {
          rowNo: 3,
          column: '手机',
          value: shared,
          code: 'PHONE_TAKEN_IN_FILE',
          messageZh: expect.stringContaining('在文件第2行已给了另一位开通账号的会员'),
          messageEn: expect.stringContaining('is given on row 2 to another member with an account'),
        },
      ]);
    }
    expect(await phonesOf(first, second)).toEqual([first.phone, second.phone]);
  });

  it('a member without an account may take a number an account holds; a member keeping their own is not refused', async () => {
    const holder = await member(821, '郑一');
    const relative = await member(822, '郑二', false);
    const sheet = memberSheet([
      row('郑一', holder.idNumber, holder.phone),
      row('郑二', relative.idNumber, holder.phone),
    ]);
    const { job, errors } = await f.runImport(staff, sheet);
    expect([job.status, errors]).toEqual(['succeeded', []]);
    expect(await phonesOf(holder, relative)).toEqual([holder.phone, holder.phone]);
    expect(await accountsOf([holder.id])).toEqual([{ username: holder.phone, phone: holder.phone }]);
  });
});
