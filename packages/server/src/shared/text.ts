/**
 * Text compared as a clerk reads it. `计算机辅助设计（CAD）`, `计算机辅助设计(CAD)` and
 * `计算机辅助设计 （CAD） ` are one course to a clerk, so they are one string here:
 *
 * 1. Unicode NFKC: full-width letters, digits, brackets and punctuation become their ordinary forms
 *    (`ＣＡＤ１` → `CAD1`, `（` → `(`, `，` → `,`), the ideographic space U+3000 becomes a space.
 * 2. Dashes: hyphen, en dash, em dash, minus sign and their small/full-width forms become `-`. In the names
 *    records carry (courses, occupations, competitions) they only ever join parts of a name, and clerks type
 *    whichever their input method offers; `——` becomes `--`, which still reads as a dash.
 * 3. Spaces: every run of white space becomes one space, none at either end, and none next to a Chinese
 *    character or on the inner side of a bracket (`电工 （初级）` → `电工(初级)`), where no clerk sees one.
 *    A space between two Latin words stays (`Computer Aided Design`).
 *
 * The function is idempotent (normalising twice changes nothing). Migration
 * `records/002_result_and_normal_text.sql` applies the same steps in SQL to stored rows; keep the two in step.
 */

/** White space as JavaScript's \s knows it, spelt out so that the SQL migration uses the same class. */
const SPACE_RUN = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
/** Dashes other than the hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
/** Chinese characters and CJK punctuation, with opening brackets: no space after them. */
const NO_SPACE_AFTER = '[\\u2e80-\\u303f\\u3040-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef([{]';
/** Chinese characters and CJK punctuation, with closing brackets: no space before them. */
const NO_SPACE_BEFORE = '[\\u2e80-\\u303f\\u3040-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef)\\]}]';
const LOOSE_SPACE = new RegExp(`(?<=${NO_SPACE_AFTER}) | (?=${NO_SPACE_BEFORE})`, 'g');

export function normaliseText(s: string): string {
  if (isNormalShape(s)) return s;
  return normaliseSlow(s);
}

/** The steps above, as written: what every text that `isNormalShape` does not vouch for goes through. */
export function normaliseSlow(s: string): string {
  return s.normalize('NFKC').replace(DASHES, '-').replace(SPACE_RUN, ' ').trim().replace(LOOSE_SPACE, '');
}

/** Printable ASCII other than the space. */
const isAsciiMark = (c: number) => c > 32 && c < 127;

/**
 * Whether `s` is already as normaliseText makes it, told by a look at each character, with no string made: most
 * cells of a register (an ID number, a name, a union, a date, a title) are printable ASCII and Chinese characters
 * only, which NFKC leaves as they are, with no dash to unify and no space but one between two Latin words (not
 * beside a bracket). A register reads several such texts a row; anything else takes the steps.
 */
function isNormalShape(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiMark(c) || (c >= 0x3400 && c <= 0x9fff) || c === 0x3001 || c === 0x3002) continue;
    if (c !== 32 || i === 0 || i === n - 1) return false;
    const before = s.charCodeAt(i - 1);
    const after = s.charCodeAt(i + 1);
    // kept: a single space between Latin marks, not inside a bracket
    if (!isAsciiMark(before) || !isAsciiMark(after)) return false;
    if (before === 40 || before === 91 || before === 123) return false;
    if (after === 41 || after === 93 || after === 125) return false;
  }
  return true;
}

/** normaliseText for an optional value; blank becomes null. */
export function normaliseOptionalText(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = normaliseText(s);
  return t === '' ? null : t;
}

/**
 * Text as the clerk typed it, for storing (ADR 0013): only the white space at either end goes; blank becomes
 * null. Full-width brackets, quotes and punctuation stay; compare through normaliseText.
 */
export function typedOptionalText(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.trim();
  return t === '' ? null : t;
}

/**
 * A name as typed, for storing: white space folded and trimmed, and none beside a Chinese character (a phone
 * keyboard's `孙 丽娜` is 孙丽娜), but no other change: full-width brackets stay (赵（小）敏), as ADR 0013 keeps them.
 */
export function typedName(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim().replace(LOOSE_SPACE, '');
}

/**
 * A person's name as a clerk reads it, for comparing one with another (a register's name against the member's, the
 * member search): normaliseText, then no white space at all, so 欧阳 明, 欧阳　明 (U+3000) and 欧阳明 are one name,
 * as are Zhang Wei and ZhangWei. Names are stored as typed; only their comparison goes through here. Migration
 * `people/012_name_key.sql` (person_name_key) is the same in SQL for the look-ups by name; keep the two in step.
 */
export function nameKey(s: string): string {
  return normaliseText(s).replace(SPACE_RUN, '');
}

/** Whether two names are one as a clerk reads them (nameKey). */
export const sameName = (a: string, b: string): boolean => a === b || nameKey(a) === nameKey(b);

/** Edit distance (Levenshtein) between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

/**
 * The candidates closest to `target` (compared normalised and case-folded), best first: at most `limit`,
 * and only those sharing at least half of the longer string (an unrelated name is no suggestion).
 */
export function closestTexts(target: string, candidates: readonly string[], limit = 3): string[] {
  const t = normaliseText(target).toLowerCase();
  return candidates
    .map((c) => {
      const n = normaliseText(c).toLowerCase();
      const d = editDistance(t, n);
      const longer = Math.max([...t].length, [...n].length, 1);
      const contains = n.includes(t) || t.includes(n);
      return { c, score: contains ? Math.min(d, longer / 2) : d, longer };
    })
    .filter((x) => x.score <= x.longer / 2)
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map((x) => x.c);
}

/** The unit clerks write after a whole number (2019年, 40人, 12人次), bare or in brackets (12（人）, made 12(人)). */
const WHOLE_UNIT = '(?:年度|人次|[年人个次场项名户件家天])';
const WHOLE_UNIT_AT_END = new RegExp(`(?<=\\d)(?:${WHOLE_UNIT}|\\(${WHOLE_UNIT}\\))$`);

/**
 * A whole number as a register's cell holds it, ready for `Number`: full-width digits made plain, thousands
 * separators and spaces dropped, and the unit clerks write after the digits taken off, bare or in brackets
 * (2019年, 2019年度, 40人, 12人次, 12（人）).
 */
export function wholeNumberText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[,，\s]/g, '')
    .replace(WHOLE_UNIT_AT_END, '');
}

/**
 * A name as a Chinese message quotes it: in 「」, unless the name carries its own 「」 (a program named
 * 「双千工程」职工疗休养), which a second pair would only double (「「双千工程」职工疗休养」).
 */
export function quotedName(name: string): string {
  return /「[^」]*」/.test(name) ? name : `「${name}」`;
}
