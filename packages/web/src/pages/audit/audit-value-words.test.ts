/**
 * The audit page and the log's .xlsx export say coded values (a program's status, a union's kind …) in the
 * server's words (audit.value-words.ts); the other pages say them in the web's messages of the same name. Both
 * must say the same: a word changed on one side and not the other fails here.
 */
import { describe, expect, it } from 'vitest';
import { auditValueText } from '../../../../server/src/modules/audit/audit.changes.ts';
import { AUDIT_VALUE_WORDS, WINDOW_WORDS } from '../../../../server/src/modules/audit/audit.value-words.ts';
import { SCALES } from '../../../../server/src/modules/counselling/counselling.scales.ts';
import { MESSAGES } from '../../i18n/index.ts';
import { testI18n } from '../../i18n/test-i18n.ts';

// every area's messages: a module's list (`st.kind`, `case.channel` …) lives in its own area's file
const i18n = testI18n(MESSAGES);

/**
 * A message list's entries that are no code's word: the heading a page gives the list (`ledger.method.label`), and
 * a phrase with a placeholder (`ins.status.at`, 待{{org}}审核).
 */
const HEADINGS = new Set(['label']);
const noCode = ([k, w]: [string, string]) => HEADINGS.has(k) || w.includes('{{');

describe('the audit log says coded values in the words the other pages use', () => {
  it('each list of the server has the words of the web message of its name, and no fewer', () => {
    expect(Object.keys(AUDIT_VALUE_WORDS).length).toBeGreaterThan(45);
    for (const [list, words] of Object.entries(AUDIT_VALUE_WORDS))
      for (const lang of ['zh', 'en'] as const) {
        const messages = i18n.getResource(lang, 'translation', list) as Record<string, string> | undefined;
        expect(messages, `${list} (${lang}) in the web's messages`).toBeTypeOf('object');
        const server = Object.fromEntries(Object.entries(words).map(([k, w]) => [k, w[lang]]));
        const codes = Object.entries(messages ?? {}).filter((e) => !noCode(e));
        expect(server, `${list} (${lang})`).toEqual(Object.fromEntries(codes));
      }
  });

  it("says yes and no, and a program's evidence window, as the web does", () => {
    for (const lang of ['zh', 'en'] as const) {
      const t = i18n.getFixedT(lang);
      for (const [k, w] of Object.entries(WINDOW_WORDS)) expect(w[lang]).toBe(t(`prog.window.${k}`));
      expect(auditValueText('user', 'isActive', true, { lang })).toBe(t('common.yes'));
      expect(auditValueText('user', 'isActive', false, { lang })).toBe(t('common.no'));
    }
  });

  it("names a self-assessment scale as the counselling pages do (the scale's own name)", () => {
    for (const scale of Object.values(SCALES))
      for (const lang of ['zh', 'en'] as const)
        expect(auditValueText('counselling_assessment', 'scale', scale.id, { lang })).toBe(scale.name[lang]);
  });
});
