import { describe, expect, it } from 'vitest';
import { parseDate, parseHardship, parseModelWorker, parsePhone, parseYesNo } from './people.import.cells.ts';
import { mapHeaders } from './people.import.columns.ts';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'error');

describe('member sheet columns', () => {
  it('maps Chinese, English and variant headers, ignoring notes and stars', () => {
    const { index, ignored } = mapHeaders([
      '姓名*',
      '身份证号码（必填）',
      '手机',
      '工会名称',
      'joinedOn',
      'Is Front Line',
      '是否户外劳动者',
      '新就业形态',
      '劳模',
      '困难类别',
      '备注',
    ]);
    expect(index).toEqual({
      name: 0,
      idNumber: 1,
      phone: 2,
      union: 3,
      joinedOn: 4,
      frontLine: 5,
      outdoor: 6,
      newEmployment: 7,
      modelWorker: 8,
      hardship: 9,
    });
    expect(ignored).toEqual(['备注']);
  });

  it('reads yes and no the ways clerks write them', () => {
    for (const yes of ['是', 'Y', 'y', 'yes', '1', '√', 'TRUE'])
      expect(value(parseYesNo(yes)), yes).toBe(true);
    for (const no of ['否', 'N', 'no', '0', '×', 'false', '无'])
      expect(value(parseYesNo(no)), no).toBe(false);
    expect(parseYesNo('也许')).toMatchObject({ ok: false, code: 'YES_NO_INVALID' });
  });

  it('reads dates in the usual spellings and refuses impossible ones', () => {
    for (const text of [
      '2020-03-15',
      '2020/3/15',
      '2020.03.15',
      '2020年3月15日',
      '20200315',
      '3/15/20',
      '3/15/2020',
    ]) {
      expect(value(parseDate(text)), text).toBe('2020-03-15');
    }
    expect(value(parseDate('3/15/98'))).toBe('1998-03-15');
    // two-digit years as the spreadsheet reads them: 00–29 in the 2000s, 30–99 in the 1900s
    expect(value(parseDate('1/2/29'))).toBe('2029-01-02');
    expect(value(parseDate('1/2/30'))).toBe('1930-01-02');
    for (const bad of ['2020-02-30', '2020-13-01', '15/3/2020', 'yesterday', '1899-12-31']) {
      expect(parseDate(bad), bad).toMatchObject({ ok: false, code: 'DATE_INVALID' });
    }
    // a date cell that lost its format shows Excel's serial: refused, the message naming the day it stands for
    expect(parseDate('36526')).toMatchObject({ ok: false, code: 'DATE_INVALID' });
    expect(parseDate('36526')).toHaveProperty('en', expect.stringContaining('(2000-01-01)'));
  });

  it('tolerates spaces, dashes and +86 in phone numbers', () => {
    expect(value(parsePhone('138 0013 8000'))).toBe('13800138000');
    expect(value(parsePhone('+86 138-0013-8000'))).toBe('13800138000');
    expect(value(parsePhone('１３８ ００１３ ８０００'))).toBe('13800138000');
    expect(value(parsePhone('（＋86）13800138000'))).toBe('13800138000');
    expect(parsePhone('1380013800')).toMatchObject({ ok: false, code: 'PHONE_INVALID' });
    expect(parsePhone('23800138000')).toMatchObject({ ok: false });
  });

  it('reads model-worker levels and hardship categories, with 无 meaning none', () => {
    expect(value(parseModelWorker('全国'))).toBe('national');
    expect(value(parseModelWorker('市级'))).toBe('city');
    expect(value(parseModelWorker('区级'))).toBe('district');
    expect(value(parseModelWorker('无'))).toBeNull();
    expect(parseModelWorker('省级以上')).toMatchObject({ ok: false, code: 'MODEL_WORKER_INVALID' });
    expect(value(parseHardship('相对困难'))).toBe('relative');
    expect(value(parseHardship('一般困难'))).toBe('general');
    expect(value(parseHardship('深度困难'))).toBe('deep');
    expect(value(parseHardship('无'))).toBeNull();
    expect(parseHardship('特困')).toMatchObject({ ok: false, code: 'HARDSHIP_INVALID' });
  });
});
