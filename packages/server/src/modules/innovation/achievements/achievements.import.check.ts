import type { Actor } from '../../../access/access.ts';
import { didYouMean, namesNear, namesOfUnion } from '../../../shared/near-names.ts';
import { giveTurn } from '../../../shared/pace.ts';
import { cellText, type RegisterRow, readOk } from '../../../shared/register-sheet.ts';
import { unionOfCell } from '../../../shared/row-union.ts';
import { normaliseText } from '../../../shared/text.ts';
import type { FoundUnion } from '../../org/index.ts';
import { type AchievementKey, HEADER } from './achievements.import.sheet.ts';
import { parseTeam, type TeamEntry } from './achievements.import.team.ts';

/** An achievements register's rows checked each on its own, before they are joined (achievements.import.gather.ts). */

/** A row of the register as read (a row read partial has its cells that did not parse in `unread`). */
export type Row = RegisterRow<AchievementKey>;
export type Err = (rowNo: number, key: AchievementKey, zh: string, en: string) => void;

export interface Checked {
  row: Row;
  org: { id: number; path: string };
  studio: { id: number; industry: string | null } | null;
  team: TeamEntry[];
  /** No problem and no cell that did not parse: the row joins its achievement. */
  whole: boolean;
}

/**
 * Each row of a batch on its own: its union, studio, and whole patent and conversion, each whatever the others'
 * problems; a check over a cell that did not parse is skipped (a union or studio that did not parse is not looked
 * for, a patent's or conversion's cell that did not parse was given). A row whose union is found goes on to have
 * its team found (`whole` false when it has a problem or such a cell: it joins no achievement).
 */
export async function checkRows(
  rows: Row[],
  o: {
    actor: Actor;
    err: Err;
    thisYear: number;
    unions: Map<string, FoundUnion>;
    studios: Map<string, { id: number; name: string; industry: string | null }>;
  },
): Promise<Checked[]> {
  const { actor, err, thisYear, unions, studios } = o;
  const checked: Checked[] = [];
  let problems = 0;
  const counted: Err = (...a) => {
    problems++;
    err(...a);
  };
  for (const row of rows) {
    await giveTurn();
    const { rowNo, values: v } = row;
    const before = problems;
    const found = unionOfCell(row, unions, actor, 'innovation.write');
    if (found?.problem) counted(rowNo, 'union', found.problem.zh, found.problem.en);
    const org = found?.union;
    // the studio is looked for in the row's union: not when that is not found
    const studioText = org && readOk(row, 'studio') ? cellText(v.studio) : null;
    const studio = org && studioText ? studios.get(`${org.id}|${normaliseText(studioText)}`) : undefined;
    if (org && studioText && !studio) {
      const near = didYouMean(
        namesNear(normaliseText(studioText), namesOfUnion(studios, org.id)).map((n) => n.name),
      );
      counted(
        rowNo,
        'studio',
        `「${v.union}」没有名为「${studioText}」的创新工作室${near.zh}`,
        `"${v.union}" hosts no studio named "${studioText}"${near.en}`,
      );
    }
    const together = (keys: AchievementKey[], what: { zh: string; en: string }) => {
      const given = keys.filter((k) => v[k] !== null);
      if (!given.length || given.length === keys.length) return;
      for (const k of keys.filter((x) => v[x] === null)) {
        counted(
          rowNo,
          k,
          `填写${what.zh}时须同时填写「${HEADER[k]}」`,
          `A ${what.en} needs its "${HEADER[k]}" too`,
        );
      }
    };
    together(['patentNo', 'patentType', 'grantedOn'], { zh: '专利', en: 'patent' });
    together(['convertedOn', 'value', 'partner'], { zh: '转化', en: 'conversion' });
    const year = v.year as number | null;
    if (readOk(row, 'year') && year !== null && (year < 1949 || year > thisYear)) {
      counted(
        rowNo,
        'year',
        `完成年度 ${year} 不在 1949 至 ${thisYear} 之间`,
        `Year ${year} is not 1949–${thisYear}`,
      );
    }
    if (!org) continue;
    checked.push({
      row,
      org,
      studio: studio ? { id: studio.id, industry: studio.industry } : null,
      team: readOk(row, 'team') ? parseTeam(cellText(v.team)) : [],
      whole: problems === before && !row.unread,
    });
  }
  return checked;
}
