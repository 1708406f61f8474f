import type { Sql } from '../../../db/db.ts';
import { differsFromRecord, said } from '../../../shared/register-same.ts';
import { type RegisterRowError, rowError } from '../../../shared/register-sheet.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';
import { LEVEL_CHOICES } from './studios.register.ts';
import { listStudioLevels } from './studios.repository.ts';

/** A level of a studio as a row gives it (studios.import.ts). */
interface GivenLevel {
  rowNo: number;
  level: StudioLevel;
  on: string;
  by: string | null;
}

const levelZh = (l: string) => LEVEL_CHOICES.find((c) => c.value === l)?.zh ?? l;

/**
 * The levels a studio on record holds already, taken out of the rows' (ADR 150): a row giving a level as the
 * studio's history holds it (the same day and recognising union) is skipped and counted; one giving a level the
 * studio reached on another day, or recognised by another union, is a row error per differing column, never
 * written over. The levels it does not hold stay, to be checked as new ones. The rows on record.
 */
export async function levelsOnRecord(
  sql: Sql,
  studios: { existingId: number | null; name: string; levels: GivenLevel[] }[],
  errors: RegisterRowError[],
): Promise<number> {
  const ids = studios.flatMap((s) => (s.existingId === null ? [] : [s.existingId]));
  if (!ids.length) return 0;
  const rows = await listStudioLevels(sql, ids);
  let onRecord = 0;
  for (const s of studios) {
    if (s.existingId === null) continue;
    const held = rows.filter((r) => r.studioId === s.existingId);
    s.levels = s.levels.filter((l) => {
      const h = held.find((x) => x.level === l.level);
      if (!h) return true;
      const record = {
        zh: `${s.name}${h.on}认定为${levelZh(h.level)}已登记`,
        en: `${s.name}'s ${h.level} level of ${h.on} is on record`,
      };
      const differ = (column: string, was: string | null, now: string | null) => {
        const { zh, en } = differsFromRecord(record, said(was), said(now));
        errors.push(rowError(l.rowNo, column, zh, en));
      };
      const reason = l.by ? `${l.by}认定` : null;
      if (h.on !== l.on) differ('认定日期', h.on, l.on);
      if ((h.reason ?? null) !== reason) differ('认定单位', h.reason?.replace(/认定$/, '') ?? null, l.by);
      if (h.on === l.on && (h.reason ?? null) === reason) onRecord++;
      return false;
    });
  }
  return onRecord;
}
