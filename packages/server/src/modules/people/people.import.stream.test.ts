/**
 * The member import reads a sheet as a stream, in batches: what it finds across batches (the same ID
 * number on rows far apart) is reported as if the sheet had been read whole, in both modes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { idNo, importFixtureForFile, memberRow, memberSheet } from '../../../test/member-import.ts';
import type { OrgRow } from '../org/index.ts';

const f = importFixtureForFile();
let yangzhen: OrgRow;

beforeAll(async () => {
  ({ yangzhen } = f.orgs);
});

const UNION = '杨镇汇丰包装公司工会';
const row = (name: string, idNumber: string, phone = '', union = UNION) =>
  memberRow({ name, idNumber, phone, union, joinedOn: '2020-03-15' });
const sheet = () =>
  memberSheet([
    row('甲', idNo(901)), // row 2
    row('乙', idNo(902)), // 3
    row('丙', idNo(901)), // 4: the same number as row 2, in the next batch
    row('丁', idNo(903)), // 5
    row('戊', idNo(901), '123'), // 6: the same again, with a bad phone too
    row('己', idNo(904), '', '不存在的工会'), // 7
  ]);

const errorsByRow = (errors: { rowNo: number; code: string; messageZh: string }[]) =>
  errors.map((e) => [e.rowNo, e.code, e.messageZh]);

describe('member import: a sheet read in batches', () => {
  it('refuses every row sharing an ID number, naming the others, with the rows of other batches', async () => {
    const before = await f.counts();
    const { job, errors } = await f.runImport(f.ctx.actor('staff', yangzhen), sheet(), {
      mode: 'valid_only',
      batchRows: 2,
    });
    expect(job.status).toBe('succeeded');
    expect(errorsByRow(errors)).toEqual([
      [2, 'DUPLICATE_IN_FILE', '身份证号在文件中重复：与第4、6行相同'],
      [4, 'DUPLICATE_IN_FILE', '身份证号在文件中重复：与第2、6行相同'],
      [6, 'PHONE_INVALID', expect.any(String)],
      [6, 'DUPLICATE_IN_FILE', '身份证号在文件中重复：与第2、4行相同'],
      [7, 'UNION_UNKNOWN', expect.stringContaining('不存在的工会')],
    ]);
    expect(job.result).toMatchObject({ imported: 2, created: 2, rejected: 4, errorCount: 5 });
    expect(job.total).toBe(6);
    expect(await f.personByIdNumber(idNo(901))).toBeUndefined();
    expect(await f.personByIdNumber(idNo(903))).toBeDefined();
    const after = await f.counts();
    expect(after.persons - before.persons).toBe(2);
    expect(after.staging).toBe(0);
  });

  it('with "all rows or nothing" stages nothing once a row is refused, and imports nothing', async () => {
    const before = await f.counts();
    const { job, errors } = await f.runImport(f.ctx.actor('staff', yangzhen), sheet(), { batchRows: 2 });
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('IMPORT_ROWS_INVALID');
    expect(job.result).toMatchObject({ imported: 0, rejected: 4, errorCount: 5 });
    expect(errors).toHaveLength(5);
    expect(await f.counts()).toEqual(before);
  });
});
