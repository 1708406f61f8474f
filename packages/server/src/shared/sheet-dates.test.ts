import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateText } from './dates.ts';
import { formatShows, notADay, serialToDate, serialToMoment } from './sheet-dates.ts';

/** The day of a serial as Date writes it: what serialToDate answered before it counted the days itself. */
function byDate(serial: number, date1904: boolean): string {
  const day = Math.floor(serial);
  if (!date1904 && day === 60) return '1900-02-29';
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
}

describe('serialToDate', () => {
  it('gives the day Date gives, in either system, for every day of the years 1900 to 2200', () => {
    const read: string[] = [];
    const expected: string[] = [];
    for (let serial = -1000; serial <= 110_000; serial++) {
      read.push(serialToDate(serial, false), serialToDate(serial + 0.75, true));
      expected.push(byDate(serial, false), byDate(serial + 0.75, true));
    }
    expect(read).toEqual(expected);
  });
  it('gives the day Date gives for any serial, far from today too (years before 1000, after 9999)', () => {
    fc.assert(
      fc.property(fc.double({ min: -9e7, max: 9e7, noNaN: true }), fc.boolean(), (serial, date1904) => {
        expect(serialToDate(serial, date1904)).toBe(byDate(serial, date1904));
      }),
      { numRuns: 20_000 },
    );
    for (const serial of [60, 59.5, 61, 0, -693_594, -693_595, 2_958_465, 2_958_466])
      expect(serialToDate(serial, false)).toBe(byDate(serial, false));
  });
});

/** Han ideographs, CJK punctuation and full-width forms. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

describe('formatShows and serialToMoment: a time of day shown alone', () => {
  it('reads a cell of a time format (the .xls and .ods reader) as the time it shows, without a day', () => {
    const read = (code: string, serial: number) => {
      const shows = formatShows(code);
      return shows && serialToMoment(serial, false, shows);
    };
    expect(read('h:mm', 0.753472222)).toBe('18:05');
    expect(read('hh:mm', 0.753472222)).toBe('18:05');
    expect(read('h:mm:ss', 0.753819444)).toBe('18:05:30');
    expect(read('h:mm AM/PM', 0.375)).toBe('09:00');
    expect(read('[$-409]h:mm:ss AM/PM', 0.5)).toBe('12:00:00');
    expect(read('h"时"mm"分"', 0.5)).toBe('12:00');
    // a moment and a day keep their day
    expect(read('yyyy-mm-dd hh:mm', 45356.753472222)).toBe('2024-03-05 18:05');
    expect(read('m/d/yy h:mm', 45356.5)).toBe('2024-03-05 12:00');
    expect(read('yyyy/m/d', 45356)).toBe('2024-03-05');
  });
});

describe('notADay: what a date cell that is not a day is told', () => {
  const why = (text: string) => {
    const { zh, en } = notADay(text);
    return [
      zh.match(/不是日期：(.*?)；?请写成/)?.[1] || null,
      en.match(/is not a date: (.*?);? ?write/)?.[1] || null,
    ];
  };

  it('says how to write a day, naming only forms the reader reads, in each language to itself', () => {
    for (const form of ['2020-03-05', '2020/3/5', '2020.3.5', '2020年3月5日'])
      expect(parseDateText(form), form).toBe('2020-03-05');
    for (const text of ['去年', '2020.13.5', '2020年2月30日', 'abc', '3/32/2020']) {
      const { zh, en } = notADay(text);
      expect(zh).toMatch(
        /请写成 2020-03-05 这样的年-月-日（也可用 2020\/3\/5、2020\.3\.5、2020年3月5日），或设为日期格式的单元格$/,
      );
      expect(en).toMatch(
        /write the year, month and day as 2020-03-05 \(2020\/3\/5 and 2020\.3\.5 are read too\), or format the cell as a date$/,
      );
      expect(zh.replace(/「[^」]*」/, '').match(/[A-Za-z]+/g), zh).toBeNull();
      expect(CJK.test(en.replace(/"[^"]*"/, '')), en).toBe(false);
    }
  });

  it('says why a text written as a day is none, where the reader can tell', () => {
    expect(why('2020.13.5')).toEqual(['没有13月', 'there is no month 13']);
    expect(why('2020-00-10')).toEqual(['没有0月', 'there is no month 0']);
    expect(why('2020年2月30日')).toEqual(['2020年2月只有29天', 'February 2020 has only 29 days']);
    expect(why('1900-02-29')).toEqual(['1900年2月只有28天', 'February 1900 has only 28 days']);
    expect(why('2021/4/31 08:00')).toEqual(['2021年4月只有30天', 'April 2021 has only 30 days']);
    expect(why('20210431')).toEqual(['2021年4月只有30天', 'April 2021 has only 30 days']);
    expect(why('2020.3.0')).toEqual(['没有0日', 'there is no day 0']);
    expect(why('13/5/2020')).toEqual(['没有13月', 'there is no month 13']);
    expect(why('1899-12-31')).toEqual(['年份须在1900年至2200年之间', 'the year must be from 1900 to 2200']);
    // not written as a day, or eight digits far from any year: no reason guessed
    for (const text of ['去年', '2020-3', '12345678', '5月3日'])
      expect(why(text), text).toEqual([null, null]);
  });

  it('still names the day a five-digit serial stands for', () => {
    expect(notADay('45292').zh).toBe(
      '「45292」不是日期：像是未设日期格式的 Excel 日期（2024-01-01），请将该列设为日期格式或写成 2024-01-01',
    );
  });
});
