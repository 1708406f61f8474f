import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_ROUTES } from './App.tsx';
import { EN_FILES, ZH_FILES } from './i18n/index.ts';
import { REGISTER_LISTS } from './pages/import/register-lists.ts';
import { PANELS_BY_FILE } from './pages/import/register-panels.tsx';

/** Files below src/ (paths relative to it) whose name passes the test. */
function filesNamed(test: (name: string) => boolean): string[] {
  const dir = new URL('./', import.meta.url);
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => test(f.slice(f.lastIndexOf('/') + 1)))
    .sort();
}

// ADR 89: a page folder's routes, dictionaries, register lists and import panels are found, never listed by hand.
describe('what the page folders declare is found', () => {
  it("every pages/**/routes.tsx, each exporting its `routes` (else App.tsx would skip the folder's pages)", () => {
    const files = filesNamed((n) => n === 'routes.tsx').filter((f) => f.startsWith('pages/'));
    expect(Object.keys(PAGE_ROUTES).map((k) => k.slice(2))).toEqual(files);
    const without = Object.entries(PAGE_ROUTES).filter(([, r]) => !r || !(r.public || r.staff || r.worker));
    expect(without.map(([f]) => f)).toEqual([]);
  });

  it('every dictionary, in both languages (the shared one and one file per area)', () => {
    expect(ZH_FILES).toHaveLength(filesNamed((n) => n === 'zh.json' || n.endsWith('.zh.json')).length);
    expect(EN_FILES).toHaveLength(filesNamed((n) => n === 'en.json' || n.endsWith('.en.json')).length);
    expect(ZH_FILES.every((f) => typeof f === 'object' && Object.keys(f).length > 0)).toBe(true);
  });

  it("every folder's lists.ts, each exporting its `registerLists`", () => {
    const folders = filesNamed((n) => n === 'lists.ts').map((f) =>
      f.slice('pages/'.length, -'/lists.ts'.length),
    );
    const named = new Set(Object.values(REGISTER_LISTS).map((l) => l.file.slice(0, l.file.lastIndexOf('/'))));
    expect([...named].sort()).toEqual(folders);
  });

  it("every folder's panels.tsx, each exporting its `registerPanels`", () => {
    const files = filesNamed((n) => n === 'panels.tsx').map((f) => `../${f.slice('pages/'.length)}`);
    expect(Object.keys(PANELS_BY_FILE).sort()).toEqual(files);
    const empty = Object.entries(PANELS_BY_FILE).filter(
      ([, panels]) => !panels || !Object.keys(panels).length,
    );
    expect(empty.map(([f]) => f)).toEqual([]);
  });
});
