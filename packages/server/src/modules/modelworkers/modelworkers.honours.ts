import type { Sql } from '../../db/db.ts';
import { selectionAwardsOfPersons } from '../records/index.ts';
import { err, type HonourSource } from './modelworkers.errors.ts';
import type { HonourKind, Level } from './modelworkers.vocabulary.ts';

export interface HonourInput {
  level: Level;
  kind: HonourKind;
  title: string;
  year: number;
  awardedBy?: string | null;
  source?: HonourSource;
  /** For a title a selection of the platform gave: its award record (the person's). */
  recordId?: number | null;
}

const trimOrNull = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** Honours checked: a selection's title must be one of the person's award records, and gives its year. */
export async function checkHonours(sql: Sql, personId: number | null, honours: HonourInput[]) {
  const awards = new Map(
    (personId ? await selectionAwardsOfPersons(sql, [personId]) : []).map((a) => [a.id, a]),
  );
  const seen = new Set<string>();
  return honours.map((h, i) => {
    const source: HonourSource = h.recordId ? 'selection' : (h.source ?? 'external');
    let { title, year } = h;
    if (source === 'selection') {
      const a = h.recordId ? awards.get(h.recordId) : undefined;
      if (!a)
        throw err(
          'invalid',
          'MODELWORKER_AWARD_UNKNOWN',
          '评选称号须是该会员在评选结果中获得的称号',
          "A selection's title must be one of this member's final selection awards",
          `honours/${i}/recordId`,
        );
      title = h.title.trim() || a.title;
      year = a.year;
    }
    const key = `${title.trim()}|${year}`;
    if (seen.has(key))
      throw err(
        'invalid',
        'MODELWORKER_HONOUR_DUPLICATE',
        `${year}年「${title}」填写了两次`,
        `${year} "${title}" is given twice`,
        `honours/${i}/title`,
      );
    seen.add(key);
    return {
      ...h,
      title: title.trim(),
      year,
      awardedBy: trimOrNull(h.awardedBy),
      source,
      recordId: source === 'selection' ? (h.recordId as number) : null,
    };
  });
}
