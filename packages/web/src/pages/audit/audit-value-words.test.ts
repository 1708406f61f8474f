/**
 * The audit page and the log's .xlsx export say coded values (a program's status, a union's kind …) in the
 * server's words (audit.value-words.ts); the other pages say them in the web's messages of the same name. Both
 * must say the same: a word changed on one side and not the other fails here.
 */
import { describe, expect, it } from 'vitest';
import { auditValueText } from '../../../../server/src/modules/audit/audit.changes.ts';
import { AUDIT_VALUE_WORDS, WINDOW_WORDS } from '../../../../server/src/modules/audit/audit.value-words.ts';
import onboardingEn from '../../i18n/onboarding.en.json';
import onboardingZh from '../../i18n/onboarding.zh.json';
import programsEn from '../../i18n/programs.en.json';
import programsZh from '../../i18n/programs.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';

const i18n = testI18n({ zh: programsZh, en: programsEn }, { zh: onboardingZh, en: onboardingEn });

describe('the audit log says coded values in the words the other pages use', () => {
  it('each list of the server has the words of the web message of its name, and no fewer', () => {
    expect(Object.keys(AUDIT_VALUE_WORDS).length).toBeGreaterThan(15);
    for (const [list, words] of Object.entries(AUDIT_VALUE_WORDS))
      for (const lang of ['zh', 'en'] as const) {
        const messages = i18n.getResource(lang, 'translation', list) as Record<string, string> | undefined;
        expect(messages, `${list} (${lang}) in the web's messages`).toBeTypeOf('object');
        const server = Object.fromEntries(Object.entries(words).map(([k, w]) => [k, w[lang]]));
        expect(server, `${list} (${lang})`).toEqual(messages);
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
});
