import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, TSX_FILES } from './tsx-sources.ts';

// Source checks: a typed amount that is not a value must never be saved as the form's previous value.
const text = new Map(TSX_FILES.map((f) => [f, readFileSync(f, 'utf8')]));
const importers = new Map<string, string[]>();
for (const [file, body] of text)
  for (const [, spec] of body.matchAll(/from '(\.[^']+\.tsx)'/g)) {
    const target = resolve(dirname(file), spec);
    importers.set(target, [...(importers.get(target) ?? []), file]);
  }

// a `FormDialog` (and so a `FieldsDialog`, a record's `EditDialog` or `FormEditDialog` and a register's
// `NewRecordDialog` built on one) holds its fields' validity and refuses its own save
const guards = (body: string) =>
  (/<ValidityScope\b[^>]*\bfields=/.test(body) && body.includes('.blocked()')) ||
  /<(FormDialog|FieldsDialog|EditDialog|FormEditDialog|NewRecordDialog)\b/.test(body);
/** Numbers that pick what a page shows (a year filter), never saved: a wrong one leaves the filter as it was. */
const FILTERS = new Set([
  'components/ListFilterField.tsx',
  'components/StatsPeriod.tsx',
  'pages/innovation/mentoring/MentoringListPage.tsx',
]);

/** A file is covered when it guards its save, or every file that renders it is covered. */
function covered(file: string, seen = new Set<string>()): boolean {
  if (guards(text.get(file) ?? '')) return true;
  const users = importers.get(file) ?? [];
  if (seen.has(file) || !users.length) return false;
  seen.add(file);
  return users.every((u) => covered(u, seen));
}

describe('typed amounts and numbers', () => {
  const inputs = TSX_FILES.filter((f) => /<(YuanInput|NumberInput)\b/.test(text.get(f) ?? ''));

  it('are found where they are used', () => {
    expect(inputs.length).toBeGreaterThan(10);
  });

  it('sit only in forms that refuse to save while a field is not a value', () => {
    const unguarded = inputs
      .map((f) => relative(SRC, f))
      .filter((f) => !FILTERS.has(f) && !covered(join(SRC, f)));
    expect(unguarded).toEqual([]);
  });

  it('reach the API in fen as typed, never through yuan × 100 in floating point', () => {
    const rounding = TSX_FILES.filter((f) => /yuan[\w.?)\s]*\*\s*100\b/i.test(text.get(f) ?? ''));
    expect(rounding.map((f) => relative(SRC, f))).toEqual([]);
  });
});
