/**
 * Every word a module declares (permissions, audit actions, audit objects) is said in both languages, each in its
 * own: the Chinese with Chinese in it, the English with no Chinese inside (an English page or audit export shows it).
 */
import { describe, expect, it } from 'vitest';
import { MODULE_VOCABULARIES } from './vocabulary.gen.ts';
import type { Vocabulary } from './vocabulary.ts';

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

describe("the modules' words", () => {
  it('are Chinese in zh and English with no Chinese inside in en', () => {
    const words = (MODULE_VOCABULARIES as readonly Vocabulary[]).flatMap((v) =>
      [v.permissions, v.auditActions, v.auditEntities].flatMap((group) => Object.entries(group ?? {})),
    );
    expect(words.length).toBeGreaterThan(200);
    for (const [key, { zh, en }] of words) {
      expect(zh, key).toMatch(CJK);
      expect(en, key).not.toMatch(CJK);
      expect(en.trim(), key).not.toBe('');
    }
  });
});
