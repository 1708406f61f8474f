import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/index.ts';

/**
 * The words of the import panel every register shares (components/ImportResult.tsx, RegisterImport.tsx): a reading
 * rooms register, a donations register or the member roster, each is told what it left out in words that fit it.
 */
describe('the shared import panel', () => {
  it('says what rows it left out without calling them members', () => {
    const ignored = (lang: 'zh' | 'en') => (MESSAGES[lang].import as { ignored: string }).ignored;
    expect(ignored('zh')).toContain('{{rows}}');
    expect(ignored('zh')).not.toContain('会员');
    expect(ignored('en')).not.toMatch(/member/i);
  });
});
