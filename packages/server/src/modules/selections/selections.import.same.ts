import type { Sql } from '../../db/db.ts';
import { differsFromRecord, type Said, said } from '../../shared/register-same.ts';
import { type RegisterRowError, rowError } from '../../shared/register-sheet.ts';
import { type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { normaliseText } from '../../shared/text.ts';
import { findSelectionsHeld, type HeldSelection } from './selections.import.repository.ts';

/** A selection as the register gives it (selections.import.ts): what is compared with the one on record. */
interface GivenSelection {
  rowNo: number;
  sheet?: string;
  organiser: { id: number; name: string };
  edition: string;
  year: number;
  announcedOn: string;
  categories: Map<string, { name: string; winners: { rowNo: number; personId: number }[] }>;
  persons: Map<number, RowPlace>;
}

/** A selection is one by its organiser and its name, in the file and on record. */
const editionKey = (organiserId: number, edition: string) => `${organiserId}|${normaliseText(edition)}`;

/**
 * A selection's name is its organiser's own (one name per organiser, whatever the year). A selection on record
 * given as it stands — its year, the day announced and the same winners in the same categories — is skipped and
 * its rows counted (a ledger sent again whole, ADR 150); one that differs is refused per differing column (a
 * selection on the platform is never given more or other winners by a register); one name given to two years in
 * the file is refused. The selections to write, and the rows on record.
 */
export async function selectionsNotOnRecord<P extends GivenSelection>(
  sql: Sql,
  plans: P[],
  errors: RegisterRowError[],
): Promise<{ plans: P[]; onRecord: number }> {
  const held = new Map(
    (await findSelectionsHeld(sql, [...new Set(plans.map((p) => p.organiser.id))])).map((s) => [
      editionKey(s.organiserOrgId, s.edition),
      s,
    ]),
  );
  const named = new Map<string, P>();
  const out: P[] = [];
  let onRecord = 0;
  for (const p of plans) {
    const key = editionKey(p.organiser.id, p.edition);
    const found = held.get(key);
    const earlier = named.get(key);
    named.set(key, earlier ?? p);
    if (found) {
      if (sameAsHeld(p, found, errors)) onRecord += p.persons.size;
    } else if (earlier) {
      errors.push(
        rowError(
          p.rowNo,
          '评选名称',
          `「${p.edition}」已用于${earlier.year}年度（${rowZh(earlier)}）：不同年度的评选请用不同名称`,
          `"${p.edition}" is already the ${earlier.year} selection (${rowEn(earlier)}); name each year's selection apart`,
        ),
      );
    } else out.push(p);
  }
  return { plans: out, onRecord };
}

function sameAsHeld(p: GivenSelection, held: HeldSelection, errors: RegisterRowError[]): boolean {
  const before = errors.length;
  const record = {
    zh: `${p.organiser.name}的评选「${held.edition}」已在平台上`,
    en: `${p.organiser.name}'s selection "${held.edition}" is on record`,
  };
  const differ = (rowNo: number, column: string, was: Said, now: Said) => {
    const { zh, en } = differsFromRecord(record, was, now);
    errors.push(rowError(rowNo, column, zh, en));
  };
  if (p.year !== held.year) differ(p.rowNo, '年度', said(held.year), said(p.year));
  if (p.announcedOn !== held.announcedOn)
    differ(p.rowNo, '公布日期', said(held.announcedOn), said(p.announcedOn));
  // each row a winner: one on record in its category stands; a winner a ledger leaves out is not taken away
  const kept = new Set(held.winners);
  for (const c of p.categories.values())
    for (const w of c.winners) {
      if (!kept.has(`${c.name}|${w.personId}`))
        errors.push(
          rowError(
            w.rowNo,
            '姓名',
            `${record.zh}，其「${c.name}」中没有此人（已在平台上的评选不追加获评人员）`,
            `${record.en} without this winner in "${c.name}"; a selection on record is given no more winners`,
          ),
        );
    }
  return errors.length === before;
}
