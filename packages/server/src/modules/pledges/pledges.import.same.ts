import { formatYuan } from '../../shared/money.ts';
import { differsFromRecord, type Said, said } from '../../shared/register-same.ts';
import { type CellValue, cellText, type RegisterRowError, rowError } from '../../shared/register-sheet.ts';
import type { HeldPledge } from './pledges.import.repository.ts';
import { H, type Key } from './pledges.register.ts';
import { CATEGORY_ZH } from './pledges.types.ts';
import type { Category } from './pledges.vocabulary.ts';

/** A project as the register gives it (pledges.import.ts): what is compared with the one on record. */
export interface GivenPledge {
  rowNo: number;
  year: number;
  title: string;
  fields: Partial<Record<Key, CellValue>>;
  milestones: { rowNo: number; title: string; dueOn: string; doneOn: string | null }[];
}

type Compared = Exclude<keyof HeldPledge, 'orgId' | 'year' | 'title' | 'milestones'>;
const yuan = (v: unknown): Said => said(v === null || v === undefined ? null : formatYuan(v as number));
const COMPARED: { key: Compared & Key; say?: (v: unknown) => Said }[] = [
  { key: 'category', say: (v) => (v ? { zh: CATEGORY_ZH[v as Category], en: String(v) } : said(null)) },
  { key: 'description' },
  { key: 'budget', say: yuan },
  { key: 'department' },
  { key: 'series' },
  { key: 'completedOn' },
  { key: 'spent', say: yuan },
  { key: 'beneficiaries' },
  { key: 'beneficiaryNote' },
  { key: 'outputQty' },
  { key: 'outputUnit' },
];

const givenValue = (v: CellValue | undefined) =>
  v === undefined || v === null ? null : typeof v === 'number' ? v : cellText(v);
const milestoneText = (m: { title: string; dueOn: string; doneOn: string | null }) =>
  `${m.title}（${m.dueOn}${m.doneOn ? `，${m.doneOn}完成` : ''}）`;

/**
 * Whether a project of the register is the one on record (the same union, year and title) as it stands: the same
 * category, budget, department, description, series and completion, and the same milestones with their days. A
 * register sent again whole holds its old projects: those are skipped, not refused. One that differs is refused
 * (nothing on record is overwritten), each difference naming its row and column.
 */
export function samePledge(p: GivenPledge, held: HeldPledge, errors: RegisterRowError[]): boolean {
  const before = errors.length;
  const onRecord = {
    zh: `该工会${p.year}年的项目「${p.title}」已登记`,
    en: `The union's project "${p.title}" for ${p.year} is on record`,
  };
  const differ = (rowNo: number, column: string, was: Said, now: Said) => {
    const { zh, en } = differsFromRecord(onRecord, was, now);
    errors.push(rowError(rowNo, column, zh, en));
  };
  for (const { key, say = (v: unknown) => said(v as string | number | null) } of COMPARED) {
    const now = givenValue(p.fields[key]);
    if ((held[key] ?? null) !== now) differ(p.rowNo, H[key], say(held[key]), say(now));
  }
  const given = p.milestones.map(milestoneText).sort();
  const kept = held.milestones.map(milestoneText).sort();
  if (given.join('|') !== kept.join('|')) {
    const list = (l: string[]) => said(l.join('；'));
    differ(p.milestones[0]?.rowNo ?? p.rowNo, H.milestone, list(kept), list(given));
  }
  return errors.length === before;
}
