/**
 * The register import test kit itself: its dry run fails on an answer with row errors the test did not expect (a
 * dry run answers them with 200), so a register's counts cannot pass while its rows are refused; its row errors fail
 * where a message is missing or names a value that was missing (`undefined`).
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../src/shared/errors.ts';
import { noIdNumberShown, refusedWhole, registerKit } from './register-kit.ts';

const answering = (body: object) =>
  registerKit({
    app: () =>
      ({
        call: async () => ({ statusCode: 200, body: JSON.stringify(body), json: () => body }),
      }) as never,
    cookie: () => '',
    importUrl: '/api/x/import',
    register: { title: { zh: 'x' }, columns: [{ header: '名称', required: true }] },
    headers: ['名称'],
    count: async () => 0,
  });

const rowError = { rowNo: 3, column: '名称', messageZh: '名称不能为空', messageEn: 'The name is required' };

describe('registerKit.dryRun', () => {
  it('fails on row errors the test did not expect', async () => {
    const kit = answering({ dryRun: true, total: 2, created: 1, errors: [rowError] });
    await expect(kit.dryRun(kit.sheet([['a']]), { total: 2, created: 1 })).rejects.toThrow();
  });

  it('passes a clean answer, and errors the test names', async () => {
    const clean = answering({ dryRun: true, total: 1, created: 1, errors: [] });
    await expect(clean.dryRun(clean.sheet([['a']]), { created: 1 })).resolves.toMatchObject({ created: 1 });
    const named = answering({ dryRun: true, total: 2, created: 1, errors: [rowError] });
    await expect(named.dryRun(named.sheet([['a']]), { errors: [rowError] })).resolves.toBeTruthy();
  });
});

describe('registerKit.rowErrors', () => {
  it('fails on a row error worded with a value that was missing, in either language, or not told in one', async () => {
    for (const error of [
      { ...rowError, messageEn: 'undefined is not a name' },
      { ...rowError, messageZh: '「undefined」不是名称' },
      { ...rowError, messageEn: '' },
    ]) {
      const kit = answering({ dryRun: true, total: 1, created: 0, errors: [error] });
      await expect(kit.rowErrors(kit.sheet([['a']]), [[3, '名称']])).rejects.toThrow();
    }
    const kit = answering({ dryRun: true, total: 1, created: 0, errors: [rowError] });
    await expect(kit.rowErrors(kit.sheet([['a']]), [[3, '名称']])).resolves.toEqual([rowError]);
  });
});

describe('refusedWhole', () => {
  const invalid = (zh: string) =>
    new AppError('invalid', 'IMPORT_ROWS_INVALID', { zh, en: 'Row 3 [名称]: the name is required' });
  const service = (refusal: AppError | null, written = 0) => {
    let held = 0;
    return {
      run: async (dryRun: boolean) => {
        if (dryRun) return { errors: [rowError] };
        held += written;
        if (refusal) throw refusal;
        return { errors: [rowError] };
      },
      held: async () => held,
    };
  };

  it('passes an import refused whole that writes nothing, and fails one that writes, is taken, or names another row', async () => {
    const good = service(invalid('第3行「名称」：名称不能为空'));
    await expect(refusedWhole(good.run, [[3, '名称']], good.held)).resolves.toEqual([rowError]);
    for (const bad of [
      service(invalid('第3行「名称」：名称不能为空'), 1),
      service(null),
      service(invalid('第4行「日期」：日期不能为空')),
    ]) {
      await expect(refusedWhole(bad.run, [[3, '名称']], bad.held)).rejects.toThrow();
    }
  });
});

describe('an answer naming an ID number', () => {
  const idNumber = '11010519491231002X';
  const fullWidth = '１１０１０５１９４９１２３１００２Ｘ';

  it('fails whole, whatever the width of its digits, and passes masked', () => {
    expect(() => noIdNumberShown(JSON.stringify({ value: idNumber }))).toThrow(/whole ID number/);
    expect(() => noIdNumberShown(JSON.stringify({ value: fullWidth }))).toThrow(/whole ID number/);
    expect(() => noIdNumberShown(JSON.stringify({ value: '110105********002X' }))).not.toThrow();
  });
});
