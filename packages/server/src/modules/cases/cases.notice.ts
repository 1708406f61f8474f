import { dayAfter } from '../../shared/dates.ts';
import type { CalendarDay } from './cases.calendar.repository.ts';

/**
 * Reads the State Council's yearly notice on public holidays (国务院办公厅关于…部分节假日安排的通知) as a clerk
 * pastes it. Each item names a holiday, the range of its days off and the weekend days worked instead:
 *
 *   二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
 *   三、清明节：4月4日（周五）至6日（周日）放假，共3天。
 *
 * Returns the days of the working-day calendar (ADR 22): every day off of a holiday (not working, named by it:
 * the weekend days inside its range too, as the shipped calendars list them) and the weekend days worked
 * (working, "春节调休"). A sentence it cannot read is a problem, in both languages, quoting the sentence.
 */
export interface NoticeReading {
  days: CalendarDay[];
  problems: { zh: string; en: string }[];
}

const DATE = /(\d{1,2})月(\d{1,2})日/g;
const RANGE = /(\d{1,2})月(\d{1,2})日(?:\([^)]*\))?\s*(?:至|到|-|~|—|–)\s*(?:(\d{1,2})月)?(\d{1,2})日/;
const ITEM_HEAD = /^\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．]\s*/;

const iso = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
};
const weekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

export function parseHolidayNotice(year: number, text: string): NoticeReading {
  const days = new Map<string, CalendarDay>();
  const problems: NoticeReading['problems'] = [];
  const normal = text.normalize('NFKC').replace(/\r/g, '');
  // Items start with 一、 二、 … (or 1. 2.); a notice pasted on one line is split before each of them.
  const items = normal
    .split(/\n|(?<=[。；;])\s*(?=[一二三四五六七八九十]+、)/)
    .map((l) => l.trim())
    .filter((l) => /\d{1,2}月\d{1,2}日/.test(l));
  for (const item of items) {
    const body = item.replace(ITEM_HEAD, '');
    const colon = body.search(/[:：]/);
    const name = (colon > 0 ? body.slice(0, colon) : '').trim().slice(0, 50) || '节假日';
    const rest = colon > 0 ? body.slice(colon + 1) : body;
    for (const sentence of rest.split(/[。;；]/).filter((s) => /\d{1,2}月\d{1,2}日/.test(s))) {
      if (sentence.includes('上班')) {
        for (const m of sentence.matchAll(DATE)) {
          const day = iso(year, Number(m[1]), Number(m[2]));
          if (!day) {
            problems.push(bad(sentence));
            continue;
          }
          if (!weekend(day)) {
            problems.push({
              zh: `${day} 是工作日，不必调休上班：「${sentence.trim()}」`,
              en: `${day} is a weekday already; it needs no make-up working day: "${sentence.trim()}"`,
            });
            continue;
          }
          days.set(day, { day, working: true, name: `${name}调休` });
        }
        continue;
      }
      if (!sentence.includes('放假') && !sentence.includes('休')) continue;
      const r = RANGE.exec(sentence);
      const single = r ? null : /(\d{1,2})月(\d{1,2})日/.exec(sentence);
      const from = r
        ? iso(year, Number(r[1]), Number(r[2]))
        : single && iso(year, Number(single[1]), Number(single[2]));
      const toMonth = r ? Number(r[3] ?? r[1]) : 0;
      const to = r ? iso(toMonth < Number(r[1]) ? year + 1 : year, toMonth, Number(r[4])) : from;
      if (!from || !to || to < from) {
        problems.push(bad(sentence));
        continue;
      }
      for (let day = from; day <= to; day = dayAfter(day)) {
        days.set(day, { day, working: false, name });
      }
    }
  }
  if (!days.size && !problems.length) {
    problems.push({
      zh: '未能从文本中读出放假安排：请粘贴通知中「X月X日至X月X日放假」「X月X日（周日）上班」等各条',
      en: 'No holiday was read from the text: paste the notice’s items ("X月X日至X月X日放假", "X月X日（周日）上班")',
    });
  }
  return { days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)), problems };
}

const bad = (sentence: string) => ({
  zh: `无法读出日期：「${sentence.trim()}」`,
  en: `The dates cannot be read: "${sentence.trim()}"`,
});
