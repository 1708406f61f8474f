/**
 * Every page a route opens names the browser tab after itself (a clerk with ten tabs open finds the ledger by its
 * tab): the page calls `usePageTitle`, or is built on a mould that does with its title (a statistics page's
 * `useStatsScope` / `StatsHeader` / `StatsPage`, a register's `RegisterList title=`, a record's `RecordPage` or
 * `PhoneRecordPage`, a phone page's `PhonePage title=`). Read from the route table (pages/<area>/routes.tsx), so a new page is held to it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return routeFiles(p);
    return f === 'routes.tsx' ? [p] : [];
  });
}

/** The page files the route tables load. */
function pageFiles(): string[] {
  const pages = new Set<string>();
  for (const table of routeFiles(join(SRC, 'pages'))) {
    for (const m of readFileSync(table, 'utf8').matchAll(/import\('([^']+)'\)/g))
      pages.add(join(dirname(table), m[1]));
  }
  return [...pages].sort();
}

const NAMES_ITS_TAB = [
  /\busePageTitle\(/,
  /\buseStatsScope\(/,
  /<(StatsHeader|StatsPage|UnionStatsPage|RecordPage|PhoneRecordPage)\b/,
  /<RegisterList(<[^>]*>)?\s+title=/,
  /<PhonePage\s+title=\{t\(/,
];

describe('browser tabs', () => {
  it('every page a route opens names the tab after itself', () => {
    const files = pageFiles();
    expect(files.length).toBeGreaterThan(100);
    const untitled = files
      .filter((f) => !NAMES_ITS_TAB.some((re) => re.test(readFileSync(f, 'utf8'))))
      .map((f) => relative(SRC, f));
    expect(untitled, 'pages that leave the tab as the previous page named it').toEqual([]);
  });
});
