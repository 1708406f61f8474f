import { describe, expect, it } from 'vitest';
import { ZH_FILES } from './index.ts';
import { messageStrings } from './test-i18n.ts';

/**
 * A clerk who reads only Chinese finds no English word in a Chinese message (an audit row's 记录 ID read so), but
 * the names of files and programs a clerk writes as they are (Excel, PDF, MB …), and the words listed with their
 * reasons. A word holding a digit (MP4, UTF-8, GCJ-02, PHQ-9) is a name with its number and passes; placeholders
 * ({{name}}, $t(…)) are data. The twin check of the English messages is en-messages.test.ts.
 */
const CLERKS_WORDS = new Set(
  'Excel WPS xlsx xls ods csv CSV txt PDF Word PPT JPEG PNG MB WebM zip GBK Unicode IP X'.split(' '),
);

const OTHER_LANGUAGE = 'the name of the other language, in that language';
const PROVIDER = "the SMS provider's own words in its console (模板 ID, a parameter's name)";
/** Messages that hold other Latin words, and why. */
const LISTED: Record<string, { words: string[]; why: string }> = {
  'lang.en': { words: ['English'], why: OTHER_LANGUAGE },
  'lang.switchTo': { words: ['English'], why: OTHER_LANGUAGE },
  'acct.users.overseerByOperator': {
    words: ['admin', 'reset-password', 'disable', 'enable'],
    why: 'the command the operator runs on the server, as typed',
  },
  'learn.lessons.urlRule': { words: ['http', 'https'], why: 'how a web address begins, as typed' },
  'sms.templates.intro': { words: ['code', 'ID'], why: PROVIDER },
  'sms.templates.templateId': { words: ['ID'], why: PROVIDER },
  'st.list.exportGeojson': { words: ['GeoJSON'], why: 'the kind of file a map program opens, by its name' },
};

/** The Latin words of a Chinese message a reader would stumble on. */
const strayWords = (s: string) =>
  (s.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '').match(/[A-Za-z0-9][A-Za-z0-9_-]*/g) ?? []).filter(
    (w) => /[A-Za-z]/.test(w) && !/\d/.test(w) && !CLERKS_WORDS.has(w),
  );

describe('the Chinese messages', () => {
  const all = ZH_FILES.flatMap((d) => messageStrings(d));

  it("hold no English word but a clerk's file kinds and the listed ones", () => {
    expect(all.length).toBeGreaterThan(3000);
    const found = all
      .map(([k, s]) => [k, strayWords(s).filter((w) => !LISTED[k]?.words.includes(w))] as const)
      .filter(([, words]) => words.length)
      .map(([k, words]) => `${k}: ${words.join(', ')}`);
    expect(found).toEqual([]);
  });

  it('list no message that no longer holds its words', () => {
    const messages = new Map(all);
    const stale = Object.entries(LISTED)
      .filter(([k, { words }]) => !words.every((w) => strayWords(messages.get(k) ?? '').includes(w)))
      .map(([k]) => k);
    expect(stale).toEqual([]);
  });

  it('tell a stray word from a name with its number and from data', () => {
    expect(strayWords('操作日志完整（记录 ID {{id}}）')).toEqual(['ID']);
    expect(strayWords('请上传 MP4 或 WebM 视频，GCJ-02 坐标，PHQ-9')).toEqual([]);
    expect(strayWords('{{name}}：$t(common.ok) Excel')).toEqual([]);
  });
});
