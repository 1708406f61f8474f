import { describe, expect, it } from 'vitest';
import { ZH_FILES } from './index.ts';
import { messageStrings } from './test-i18n.ts';

/**
 * Chinese messages end and break their sentences with full-width marks (？！：；，): an ASCII "?" after 10:20 in
 * 预约陈静的线上咨询：2026-12-02 09:30—10:20? reads as English (trial 44). Flagged: an ASCII ? ! : ; , right after a
 * Chinese character, and an ASCII ? or ! closing the message right after a {{placeholder}}. Not flagged: a mark
 * after Latin letters or digits inside a message (a URL, a time 09:30, an example such as PHQ-9), which is not
 * Chinese punctuation.
 */
const AFTER_HAN = /[\u3400-\u9fff][?!:;,]/;
const AFTER_PLACEHOLDER_AT_END = /\}\}[?!]$/;

const asciiMarkInChinese = (s: string) => AFTER_HAN.test(s) || AFTER_PLACEHOLDER_AT_END.test(s.trimEnd());

describe('the Chinese messages', () => {
  it('use full-width ？！：；， after Chinese, and ？ ！ to end after a placeholder', () => {
    const all = ZH_FILES.flatMap((d) => messageStrings(d));
    expect(all.length).toBeGreaterThan(3000);
    expect(all.filter(([, s]) => asciiMarkInChinese(s)).map(([k, s]) => `${k}: ${s}`)).toEqual([]);
  });

  it('are told apart from URLs, times and codes', () => {
    expect(asciiMarkInChinese('预约{{counsellor}}的线上咨询：{{when}}?')).toBe(true);
    expect(asciiMarkInChinese('确定删除吗?')).toBe(true);
    expect(asciiMarkInChinese('姓名:{{name}}')).toBe(true);
    expect(asciiMarkInChinese('预约{{counsellor}}的线上咨询：{{when}}？')).toBe(false);
    expect(asciiMarkInChinese('请访问 https://example.org/a?b=1 查看')).toBe(false);
    expect(asciiMarkInChinese('每天 07:00—20:00，PHQ-9, GAD-7')).toBe(false);
  });
});
