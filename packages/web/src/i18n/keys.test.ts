import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NAV } from '../nav.tsx';
import en from './en.json';
import { EN_BY_PATH, EN_FILES, MESSAGES, ZH_BY_PATH, ZH_FILES } from './index.ts';
import zh from './zh.json';

/**
 * Every message key the web app asks for exists in Chinese and in English. The keys are read from the sources:
 * `t('a.b')` as written, and `t(`a.${x}`)` by its fixed part (the object it names must exist in both languages).
 */
const SRC = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.(test|gen)\.ts$/.test(name) ? [full] : [];
  });
}

const lookup = (messages: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      messages,
    );

/** A key resolves to a string, or to its plural forms (`_one`/`_other`) when it is counted. */
const hasKey = (messages: Record<string, unknown>, key: string) =>
  typeof lookup(messages, key) === 'string' || typeof lookup(messages, `${key}_other`) === 'string';

const used: { key: string; dynamic: boolean; at: string }[] = [];
for (const file of sources(SRC)) {
  const text = readFileSync(file, 'utf8');
  const at = relative(SRC, file);
  for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) used.push({ key: m[1], dynamic: false, at });
  for (const m of text.matchAll(/\bt\(\s*`([^`]*)`/g)) {
    const fixed = m[1].split('${')[0];
    if (!m[1].includes('${')) used.push({ key: m[1], dynamic: false, at });
    // `a.b.${x}`: the object a.b must exist; a key cut mid-word (`a.b${x}`) is checked up to its last dot
    else if (fixed.includes('.'))
      used.push({ key: fixed.slice(0, fixed.lastIndexOf('.')), dynamic: true, at });
  }
}

describe('the message keys the app uses', () => {
  it('finds the keys it checks', () => {
    expect(used.length).toBeGreaterThan(2000);
    expect(used.map((u) => u.key)).toContain('case.stats.statesOn');
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`all exist in ${lang}`, () => {
      const messages = MESSAGES[lang];
      const missing = used
        .filter((u) => (u.dynamic ? typeof lookup(messages, u.key) !== 'object' : !hasKey(messages, u.key)))
        .map((u) => `${u.at}: ${u.key}${u.dynamic ? '.*' : ''}`);
      expect([...new Set(missing)]).toEqual([]);
      const menu = NAV.filter((e) => !hasKey(messages, e.label)).map((e) => e.label);
      expect(menu).toEqual([]);
    });
  }

  it('are not hidden by another area: no two message files share a top-level key', () => {
    for (const files of [ZH_FILES, EN_FILES]) {
      const seen = new Map<string, number>();
      const shared: string[] = [];
      files.forEach((f, i) => {
        for (const k of Object.keys(f)) {
          if (seen.has(k)) shared.push(`${k} (files ${seen.get(k)} and ${i})`);
          seen.set(k, i);
        }
      });
      expect(shared).toEqual([]);
    }
  });

  it('are the same in both languages: each English file has exactly the keys of its Chinese twin', () => {
    /** Every key path of a dictionary, with the kind of what it holds (text, or an object of more keys). */
    const shape = (o: unknown, at = ''): string[] =>
      o && typeof o === 'object'
        ? Object.entries(o).flatMap(([k, v]) => shape(v, `${at}.${k}`))
        : [`${at}: ${typeof o}`];
    const twins: [string, unknown, unknown][] = [['zh.json', zh, en]];
    for (const [path, dictionary] of Object.entries(ZH_BY_PATH))
      twins.push([path, dictionary, EN_BY_PATH[path.replace(/\.zh\.json$/, '.en.json')]]);
    expect(Object.keys(EN_BY_PATH).length).toBe(Object.keys(ZH_BY_PATH).length);
    expect(twins.length).toBeGreaterThan(30);
    for (const [path, zhFile, enFile] of twins)
      expect([path, shape(enFile).sort()]).toEqual([path, shape(zhFile).sort()]);
  });
});
