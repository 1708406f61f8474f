import { type Figures, type ReadCell, ref, textOf } from './export-sheets.ts';

/**
 * The words rule of the export contract (test/exports.test.ts): a Chinese sheet says everything in words. No cell
 * holds what a program leaves when it forgets to: undefined, null, NaN, [object Object], a boolean (是/否 says it),
 * raw JSON, an English sentence beside the Chinese (ADR 154: the sheet is Chinese whatever the page's language), a code as the database keeps it (`pending`, `in_progress`, `full`), or a field under its key
 * (`month：2026-12`, a line of the audit log's 变更内容 a word is missing for).
 */

/** What a cell may never be: a value a program printed unset, or a failed number or date. */
const UNSET = /^(undefined|null|nan|-?infinity|true|false|invalid date|\[object object\])$/i;
/** What a cell may never hold, among other words. */
const UNSET_INSIDE = /\bundefined\b|\bnull\b|\bNaN\b|\[object \w+\]/;
/** A code as the database keeps it: lower-case letters, words joined by _ (a login has digits or a dot). */
const CODE = /^[a-z]+(_[a-z]+)*$/;
/** A field's key before its value: `month：…`, `orgId: …`. */
const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Labels whose values are rightly written as they are: a login, a file's format, a text encoding. */
const SAID_AS_ITSELF = new Set(['登录名', '用户名', '账号', '文件格式', '编码', '格式']);

/**
 * Chinese prose in a cell: its own punctuation (，。；). A name alone (杨镇总工会), quoted in an English reason of an
 * import's errors, has none.
 */
const CHINESE = /[\u4e00-\u9fff][^\n]*[，。；]|[，。；][^\n]*[\u4e00-\u9fff]/;
/**
 * An English sentence: a word and three or more in lower case after it, up to a full stop (a name — Peak Insurance
 * Co. Ltd. —, a code or a unit is no sentence).
 */
const ENGLISH_SENTENCE = /[A-Za-z]+(?:[ ,'-]+[a-z]+){3,}[^.!?\n]*[.!?]/;

/** Raw JSON: an object or a list as a program serialises it. */
function isJson(text: string): boolean {
  if (!/^[[{]/.test(text)) return false;
  try {
    return typeof JSON.parse(text) === 'object';
  } catch {
    return false;
  }
}

/** What is wrong with one line of a cell's text, or null. */
function lineProblem(line: string): string | null {
  const at = line.search(/[：:]/);
  const label = at > 0 ? line.slice(0, at).trim() : '';
  const value = at > 0 ? line.slice(at + 1).trim() : line.trim();
  if (label && KEY.test(label)) return `a field under its key 「${label}」`;
  if (CODE.test(value) && !SAID_AS_ITSELF.has(label)) return `a code 「${value}」`;
  return null;
}

/** What is wrong with a cell, or null. */
function cellProblem(c: ReadCell): { problem: string; text: string } | null {
  if (c.t === 'b' || typeof c.v === 'boolean') return { problem: 'a boolean', text: String(c.v) };
  if (c.t !== 's') return null;
  const text = textOf(c);
  if (UNSET.test(text) || UNSET_INSIDE.test(text)) return { problem: 'a value left unset', text };
  if (isJson(text)) return { problem: 'raw JSON', text };
  // a Chinese sheet says it in Chinese (ADR 154): its English reader's words are the import templates' notes
  if (CHINESE.test(text) && ENGLISH_SENTENCE.test(text)) return { problem: 'English inside Chinese', text };
  for (const line of text.split('\n')) {
    const problem = lineProblem(line);
    if (problem) return { problem, text: line };
  }
  return null;
}

/** Every cell, header and note alike, of the sheets that is no word a clerk reads: one line a sheet and problem. */
export function wordFailures(sheets: Figures[]): string[] {
  const failures = new Map<string, { first: string; n: number }>();
  for (const f of sheets)
    f.sheet.rows.forEach((cells, at) => {
      cells.forEach((c, col) => {
        const found = c && cellProblem(c);
        if (!found) return;
        const key = `${f.where}: ${found.problem}`;
        const had = failures.get(key);
        if (had) had.n++;
        else failures.set(key, { first: `${ref(at, col)} "${found.text.slice(0, 80)}"`, n: 1 });
      });
    });
  return [...failures].map(([k, v]) => `${k}: ${v.first}${v.n > 1 ? ` (and ${v.n - 1} more)` : ''}`);
}
