import type { Subtree } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { Bilingual } from '../../shared/errors.ts';
import { didYouMean, namesNear } from '../../shared/near-names.ts';
import { codeLostAsNumber } from '../../shared/register-sheet.cells.ts';
import { cellText, type RegisterRow, readOk } from '../../shared/register-sheet.ts';
import { normaliseText } from '../../shared/text.ts';
import { listActiveOrgKeys } from './org.repository.ts';

/** The endings of a union's name a sheet often leaves out: 杨镇 for 杨镇总工会. */
const NAME_ENDINGS = /(总工会|工会委员会|联合工会|工会)$/;
/** A union's name without its ending (null when the name is nothing but one). */
const stemOf = (key: string) => {
  const stem = key.replace(NAME_ENDINGS, '');
  return stem && stem !== key ? stem : null;
};

/** A district's, county's or city's name without 区, 县 or 市 (昌平 for 昌平区), when two characters or more are left. */
const placeOf = (stem: string | null) => {
  const place = stem?.replace(/[区县市]$/, '');
  return place && place !== stem && place.length >= 2 ? place : null;
};

/**
 * Notes that `org` answers to `key`: the key names that union, or, once a second union answers to it, is
 * ambiguous (names neither). The one rule of every look-up of unions by a name (resolveUnionTexts, resolveOrgNames).
 */
export function noteUnion<T extends { id: number }>(to: Map<string, T | 'ambiguous'>, key: string, org: T) {
  const seen = to.get(key);
  // once ambiguous, always: a third union answering to the key must not make it name that one
  if (seen !== 'ambiguous') to.set(key, seen && seen.id !== org.id ? 'ambiguous' : org);
}

/**
 * A union's name with its formal ending, 工会委员会, written as 工会 (北京某公司工会委员会 is 北京某公司工会, the same
 * union by the name its seal bears); null for a name with neither ending. 总工会委员会 and 联合工会委员会 likewise.
 */
const committeeKey = (key: string) =>
  key.endsWith('工会委员会') ? key.slice(0, -3) : key.endsWith('工会') ? key : null;

/**
 * A normalised text as a credit code is stored (upper case, no spaces): what a code typed in lower case or with
 * spaces (9111 0114 …) is looked up by, as normaliseIdNumber does an ID number (the full-width forms are gone).
 */
const codeKey = (key: string) => key.replace(/\s/g, '').toUpperCase();

/**
 * Resolves unions as a register names them — a full name, a short name or a credit code, typed with half- or
 * full-width brackets and stray spaces — to the active unions of a subtree. Names are compared by their
 * normalised keys (the stored names stay as typed); a text matching two unions is ambiguous and resolves to
 * neither. A text with no ending of its own that names no union that way is tried as a name without its ending,
 * as sheets often write it (杨镇 for 杨镇总工会, and 昌平 for 昌平区总工会: a district's, county's or city's place
 * name), again only when one union of the subtree answers to it; a text
 * with an ending (杨镇工会) must name a union as it is, so that another union's name is never taken for it — but for
 * the formal ending 工会委员会, which names the union whose name ends in 工会 (and the other way round).
 * A credit code is found however it is typed, as an ID number is: in lower case, full-width, with spaces.
 * For imports: one read of the subtree's active unions, however many rows. A text that names none answers
 * `NoSuchUnion` with the subtree's names the clerk may have meant (nearestNames), which unionOfRow suggests.
 */
export async function resolveUnionTexts(sql: Sql, scope: Subtree, texts: string[]) {
  if (!texts.length) return new Map<string, FoundUnion>();
  const index = unionIndex<{ id: number; path: string; name: string }>(texts);
  const unions = await listActiveOrgKeys(sql, scope);
  for (const o of unions) index.note({ id: o.id, path: o.path, name: o.name }, o);
  const found = new Map<string, FoundUnion>(texts.map((t) => [t, index.find(t)]));
  // a text that names none: the names of the subtree the clerk may have meant, for the row's message
  const missing = texts.filter((t) => found.get(t) === undefined).slice(0, MAX_SUGGESTED_TEXTS);
  if (missing.length) {
    const names = nearestNames(missing, unions);
    for (const t of missing) found.set(t, new NoSuchUnion(names.get(t) ?? []));
  }
  return found;
}

/** How many texts naming no union are given the names they may have meant: a file of wrong names costs no more. */
const MAX_SUGGESTED_TEXTS = 200;

/**
 * A union a text names none of, in the subtree it was looked for in: with the names of that subtree the clerk may
 * have meant (`nearest`), never one outside it.
 */
export class NoSuchUnion {
  constructor(readonly nearest: readonly string[]) {}
}

/**
 * For each text, the names of `unions` (the subtree's) a clerk who typed it may have meant (namesNear): beside the
 * text, the text without its ending, whole (邮政 in 北京邮政公司工会); in tree order among those alike.
 */
function nearestNames(texts: string[], unions: { name: string; path: string }[]): Map<string, string[]> {
  const keys = unions
    .map((u) => ({ name: u.name, path: u.path, key: normaliseText(u.name) }))
    .sort((a, b) => a.path.localeCompare(b.path));
  const out = new Map<string, string[]>();
  for (const text of texts) {
    const typed = normaliseText(text);
    const stem = stemOf(typed);
    out.set(
      text,
      namesNear(typed, keys, stem ? [stem] : []).map((n) => n.name),
    );
  }
  return out;
}

/**
 * The unions a sheet's cells may name, under resolveUnionTexts's rule: by name, short name or credit code, and a
 * text with no ending of its own by a name without its ending. Given `asked`, only the keys those texts could
 * match are kept (an import notes every union of a subtree). Also for unions not yet written: the rows above in
 * a union tree sheet.
 */
export function unionIndex<T extends { id: number }>(asked?: string[]) {
  const keys = asked?.map((t) => normaliseText(t));
  const wanted = keys && new Set(keys);
  const wantedStems = keys && new Set(keys.filter((k) => stemOf(k) === null));
  const wantedCodes = keys && new Set(keys.map(codeKey));
  const wantedFormal = keys && new Set(keys.flatMap((k) => committeeKey(k) ?? []));
  const exact = new Map<string, T | 'ambiguous'>();
  const formal = new Map<string, T | 'ambiguous'>();
  const stems = new Map<string, T | 'ambiguous'>();
  const codes = new Map<string, T | 'ambiguous'>();
  const add = (
    to: Map<string, T | 'ambiguous'>,
    only: Set<string> | undefined,
    key: string | null,
    org: T,
  ) => {
    if (key && (!only || only.has(key))) noteUnion(to, key, org);
  };
  return {
    note(org: T, o: { name: string; shortName?: string | null; uscc?: string | null }) {
      const name = normaliseText(o.name);
      add(exact, wanted, name, org);
      if (o.shortName) add(exact, wanted, normaliseText(o.shortName), org);
      if (o.uscc) {
        add(exact, wanted, o.uscc, org);
        add(codes, wantedCodes, o.uscc, org);
      }
      add(formal, wantedFormal, committeeKey(name), org);
      add(stems, wantedStems, stemOf(name), org);
      add(stems, wantedStems, placeOf(stemOf(name)), org);
    },
    find(text: string): T | 'ambiguous' | undefined {
      const key = normaliseText(text);
      const asFormal = committeeKey(key);
      return (
        exact.get(key) ??
        codes.get(codeKey(key)) ??
        (asFormal === null ? undefined : formal.get(asFormal)) ??
        (stemOf(key) ? undefined : stems.get(key))
      );
    },
  };
}

/**
 * resolveUnionTexts over the unions a register's rows name in `column`, each text once: a cell that did not parse,
 * or is blank, names none. The answer is keyed by the cell's text (`String(row.values[column])`).
 */
export function resolveRowUnions<K extends string>(
  sql: Sql,
  scope: Subtree,
  rows: RegisterRow<K>[],
  column: K,
) {
  const texts = new Set(rows.flatMap((r) => (readOk(r, column) ? [cellText(r.values[column])] : [])));
  texts.delete(null);
  return resolveUnionTexts(sql, scope, [...texts] as string[]);
}

/** The union's 统一社会信用代码 as a refusal names it. */
export const CREDIT_CODE_WORD: Bilingual = { zh: '统一社会信用代码', en: 'unified social credit code' };

/**
 * A union a sheet names that the importer's subtree does not have, said with what to write instead: the name as the
 * union tree has it, its short name, or its credit code (every register and the accounts sheet read those).
 */
export const unionUnknown = (text: string, nearest: readonly string[] = []): Bilingual =>
  // a credit code Excel stored as a number (9.11101E+17) names no union because its last digits are lost: say that
  codeLostAsNumber(text, CREDIT_CODE_WORD) ?? {
    zh: `本工会范围内没有「${text}」${didYouMean(nearest).zh}；请填写工会组织中该工会的全称、简称或统一社会信用代码`,
    en: `No union "${text}" in your subtree${didYouMean(nearest).en}; give the union's full name, short name or credit code as the union tree has them`,
  };

/**
 * What resolveUnionTexts found for one text: the union, several (`ambiguous`), or none (`NoSuchUnion`, with the
 * names the clerk may have meant); undefined for a text it was not asked.
 */
export type FoundUnion = { id: number; path: string; name: string } | 'ambiguous' | NoSuchUnion | undefined;

/** The union found, or null for several, none or a text not asked. */
export const unionFound = (found: FoundUnion) =>
  found && found !== 'ambiguous' && !(found instanceof NoSuchUnion) ? found : null;

/**
 * The union a register row names, as resolveUnionTexts found it, if the importer may write there (`may`, given
 * the union's path); else the reason in both languages, the same in every register: several unions by that
 * name (give the credit code), or none in the importer's subtree.
 */
export function unionOfRow(
  found: FoundUnion,
  text: string,
  may: (orgPath: string) => boolean,
): { union: { id: number; path: string }; problem?: undefined } | { union?: undefined; problem: Bilingual } {
  if (found === 'ambiguous')
    return {
      problem: {
        zh: `「${text}」对应多个工会，请填写统一社会信用代码`,
        en: `"${text}" names several unions; give the credit code`,
      },
    };
  if (found instanceof NoSuchUnion) return { problem: unionUnknown(text, found.nearest) };
  if (!found || !may(found.path)) return { problem: unionUnknown(text) };
  return { union: found };
}
