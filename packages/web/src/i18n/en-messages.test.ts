import { describe, expect, it } from 'vitest';
import i18n, { MESSAGES } from './index.ts';
import { messageStrings } from './test-i18n.ts';

/**
 * English strings use English punctuation — no full-width brackets, colon or comma carried over from Chinese —, hold
 * no Chinese but the quotes listed with their reasons (a sheet's header, an example of data; the menu once said
 * "京卡 number"), and count in the singular and the plural.
 */
const FULL_WIDTH = /[（）：，]/;
const HAN = /[\u3400-\u9fff]/;

const SHEET =
  "names the sheet's Chinese header or note, as the clerk finds it in the template, with its English";
const EXAMPLE = 'an example of what a clerk types, names of the Chinese data';
/** English messages that hold Chinese on purpose, and why; the rest hold none (an English page shows them). */
const QUOTES_CHINESE: Record<string, string> = {
  'lang.zh': 'the name of the other language, in that language',
  'lang.switchTo': 'the name of the other language, in that language',
  'acct.imp.col.username': SHEET,
  'acct.imp.col.name': SHEET,
  'acct.imp.col.phone': SHEET,
  'acct.imp.col.union': SHEET,
  'acct.imp.col.role': SHEET,
  'acct.imp.col.password': SHEET,
  'member.exportHint': SHEET,
  'registers.intro': SHEET,
  'import.register.intro': SHEET,
  'import.intro': SHEET,
  'import.blankJoinError': SHEET,
  'case.calendar.noticeHint': "quotes the State Council's notice, pasted as published",
  'cat.search': EXAMPLE,
  'contest.result.prizeHint': EXAMPLE,
  'prog.evidence.zh': EXAMPLE,
  'ret.edit.rules': EXAMPLE,
  'sel.create.editionHint': EXAMPLE,
  'sel.create.titleHint': EXAMPLE,
  'acct.firstRoot.namePlaceholder': EXAMPLE,
};

describe('the English messages', () => {
  it('carry no full-width punctuation （）：，', () => {
    const all = messageStrings(MESSAGES.en);
    expect(all.length).toBeGreaterThan(3000);
    expect(all.filter(([, s]) => FULL_WIDTH.test(s)).map(([k, s]) => `${k}: ${s}`)).toEqual([]);
  });

  it('hold no Chinese but the listed quotes', () => {
    const all = messageStrings(MESSAGES.en);
    const chinese = all.filter(([, s]) => HAN.test(s)).map(([k]) => k);
    expect(chinese.filter((k) => !QUOTES_CHINESE[k])).toEqual([]);
    expect(Object.keys(QUOTES_CHINESE).filter((k) => !chinese.includes(k))).toEqual([]);
  });

  it('count the problems a register check found, and the rows, in the singular and the plural', () => {
    const checked = (lng: 'en' | 'zh', count: number, rows: number) => {
      const t = i18n.getFixedT(lng);
      return t('import.register.checkedWithErrors', {
        count,
        rows: t('import.register.rowCount', { count: rows }),
      });
    };
    expect(checked('en', 1, 1)).toBe('1 problem in 1 row; fix it and check again');
    expect(checked('en', 3, 1)).toBe('3 problems in 1 row; fix them and check again');
    expect(checked('en', 5, 4)).toBe('5 problems in 4 rows; fix them and check again');
    expect(checked('zh', 5, 4)).toBe('4 行有 5 处错误，改正后请重新预检');
    const en = i18n.getFixedT('en');
    expect(en('import.register.checkedClean', { count: 1, what: 'donations register' })).toBe(
      'Checked: 1 record of the donations register would be created',
    );
    expect(en('import.register.done', { count: 2, what: 'donations register' })).toBe(
      '2 rows of the donations register imported',
    );
  });

  it('say "1 lesson" and "2 lessons", and book a session "(online)"', () => {
    const en = i18n.getFixedT('en');
    expect(en('learn.me.lessonCount', { count: 1 })).toBe('1 lesson');
    expect(en('learn.me.lessonCount', { count: 2 })).toBe('2 lessons');
    expect(i18n.getFixedT('zh')('learn.me.lessonCount', { count: 1 })).toBe('1 课时');
    expect(en('csl.worker.bookIn.online')).toBe('Book (online)');
  });

  it("name a member's attributes, tags on one person and filters of the member list, in the singular", () => {
    const en = i18n.getFixedT('en');
    const tags = ['isFrontLine', 'isOutdoor', 'isNewEmployment', 'female', 'modelWorker'].map((k) =>
      en(`member.${k}`),
    );
    expect(tags.filter((tag) => /\b(women|workers|men)\b/i.test(tag))).toEqual([]);
    expect(en('member.female')).toBe('Woman worker');
  });
});
