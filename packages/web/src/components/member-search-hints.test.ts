import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/index.ts';

/**
 * Source check: every picker that finds a member asks the one member search (GET /api/members?q=), which takes
 * part of a name, a phone or its last digits, an ID number or its last 4 or 6; its hint says so, as the member
 * list's does, not "type a name".
 */
const SRC = fileURLToPath(new URL('..', import.meta.url));
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !/\.(test|gen)\.ts$/.test(f))
  .map((f) => join(SRC, f));
const text = new Map(files.map((f) => [relative(SRC, f), readFileSync(f, 'utf8')]));

/** The files asking the member search with a typed text (the list's own too), and where each picker shows its hint. */
const ASKING = [
  'components/PersonSelect.tsx',
  'components/MemberSelect.tsx',
  'pages/innovation/achievements/achievements-api.ts',
  'pages/members/MemberListPage.tsx',
  'pages/selections/selections-api.ts',
  'pages/contests/contests-api.ts',
];
const HINTS: [file: string, key: string][] = [
  ['pages/members/MemberListPage.tsx', 'member.searchPlaceholder'],
  ['components/PersonSelect.tsx', 'member.searchPlaceholder'],
  ['pages/cases/CaseEnterPage.tsx', 'case.enter.personHint'],
  ['pages/innovation/achievements/AchievementFormPage.tsx', 'member.searchPlaceholder'],
  ['components/MemberSelect.tsx', 'member.searchPlaceholder'],
  ['pages/selections/NominationsTab.tsx', 'sel.nominate.personHint'],
  ['pages/contests/EntryFormModal.tsx', 'contest.entry.membersHint'],
];

const lookup = (messages: Record<string, unknown>, key: string) =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);

describe('the hints of the member pickers', () => {
  it('know every file asking the member search with a typed text', () => {
    const asking = [...text]
      .filter(([, body]) => /'\/api\/members',\s*\{\s*params:\s*\{\s*query:\s*\{[^}]*\bq\b/.test(body))
      .map(([file]) => file)
      .sort();
    expect(asking).toEqual([...ASKING].sort());
  });

  it('say a phone and an ID number may be typed as well as a name, in both languages', () => {
    for (const [file, key] of HINTS) {
      expect(text.get(file), file).toContain(`t('${key}')`);
      const zh = String(lookup(MESSAGES.zh, key));
      const en = String(lookup(MESSAGES.en, key));
      expect([zh.includes('姓名'), zh.includes('手机号'), zh.includes('身份证号')], `${key}: ${zh}`).toEqual([
        true,
        true,
        true,
      ]);
      expect([/name/.test(en), /phone/.test(en), /ID number/.test(en)], `${key}: ${en}`).toEqual([
        true,
        true,
        true,
      ]);
    }
  });
});
