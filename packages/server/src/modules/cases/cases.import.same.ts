import type { Sql } from '../../db/db.ts';
import { differsFromRecord, type Said, said } from '../../shared/register-same.ts';
import { type RegisterRowError, rowError } from '../../shared/register-sheet.ts';
import { normaliseText } from '../../shared/text.ts';
import { findCasesFiled, type HeldCase } from './cases.import.repository.ts';
import type { Category } from './cases.types.ts';
import { CHANNEL_NAMES } from './cases.types.ts';
import type { Channel } from './cases.vocabulary.ts';

/** A row of the requests register as planned (cases.import.ts). */
export interface CaseImportRow {
  rowNo: number;
  orgId: number;
  personId: number | null;
  ownerHash: string | null;
  channel: Channel;
  category: Category;
  description: string;
  anonymous: boolean;
  receivedOn: string;
  receivedTime: string | null;
  acceptedOn: string | null;
  answeredOn: string | null;
  answer: string | null;
  closedOn: string | null;
}

const keyOf = (c: { orgId: number; category: string; description: string }, filedOn: string) =>
  `${c.orgId}|${filedOn}|${c.category}|${normaliseText(c.description)}`;

/** What a row gives of a request, as a request on record holds it (the answer's text is its timeline's, not compared). */
const givenOf = (r: CaseImportRow) => ({
  channel: r.channel as string,
  receivedTime: r.receivedTime,
  personId: r.anonymous ? null : r.personId,
  anonymous: r.anonymous,
  acceptedOn: r.acceptedOn ?? r.answeredOn,
  answeredOn: r.answeredOn,
  closedOn: r.closedOn,
});
type Given = ReturnType<typeof givenOf>;

const yesNo = (b: unknown): Said => (b ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' });
const COMPARED: { key: keyof Given; column: string; say?: (v: unknown) => Said }[] = [
  { key: 'channel', column: '渠道', say: (v) => CHANNEL_NAMES[v as Channel] ?? said(v as string) },
  { key: 'receivedTime', column: '收到时间' },
  // a worker is named by ID number: which one is not quoted, only that the row names another
  {
    key: 'personId',
    column: '职工身份证号',
    say: (v) => (v ? { zh: '某职工', en: 'a worker' } : said(null)),
  },
  { key: 'anonymous', column: '匿名', say: yesNo },
  { key: 'acceptedOn', column: '受理日期' },
  { key: 'answeredOn', column: '答复日期' },
  { key: 'closedOn', column: '办结日期' },
];

/**
 * A request of the register is one by its union, day received, category and content (ADR 150): the first rows of a
 * key, as many as the requests on record with it, are read against those — skipped and counted when one stands as
 * the row gives it, a row error per differing column otherwise (nothing on record is written over); a key's further
 * rows are new requests, as before (two like requests on one day are two). The requests on record of a key are read
 * once, when the file first names it (before any batch of this import has written one), so a file read in batches
 * is matched against what was on record before it.
 */
export function casesOnRecord() {
  const held = new Map<string, HeldCase[]>();
  const seen = new Map<string, number>();
  return async (sql: Sql, rows: CaseImportRow[], errors: RegisterRowError[]) => {
    const unread = rows.filter((r) => !held.has(keyOf(r, r.receivedOn)));
    for (const r of unread) held.set(keyOf(r, r.receivedOn), []);
    const found = await findCasesFiled(
      sql,
      unread.map((r) => ({ orgId: r.orgId, filedOn: r.receivedOn, category: r.category })),
    );
    for (const c of found) held.get(keyOf(c, c.filedOn))?.push(c);
    const out: CaseImportRow[] = [];
    let onRecord = 0;
    for (const r of rows) {
      const key = keyOf(r, r.receivedOn);
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      const kept = held.get(key) ?? [];
      if (nth > kept.length) {
        out.push(r);
        continue;
      }
      const given = givenOf(r);
      const differing = (c: HeldCase) =>
        COMPARED.filter((f) => (c[f.key] ?? null) !== (given[f.key] ?? null));
      if (kept.some((c) => differing(c).length === 0)) {
        onRecord++;
        continue;
      }
      const c = kept[nth - 1];
      const record = {
        zh: `${r.receivedOn}收到的该诉求已登记`,
        en: `This request received on ${r.receivedOn} is on record`,
      };
      for (const f of differing(c)) {
        const say = f.say ?? ((v: unknown) => said(v as string | null));
        const { zh, en } = differsFromRecord(record, say(c[f.key]), say(given[f.key]));
        errors.push(rowError(r.rowNo, f.column, zh, en));
      }
    }
    return { rows: out, onRecord };
  };
}
