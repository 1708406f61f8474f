import type { Subtree } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { Bilingual } from '../../shared/errors.ts';
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
 * A normalised text as a credit code is stored (upper case, no spaces): what a code typed in lower case or with
 * spaces (9111 0114 …) is looked up by, as normaliseIdNumber does an ID number (the full-width forms are gone).
 */
const codeKey = (key: string) => key.replace(/\s/g, '').toUpperCase();

/**
 * Resolves unions as a register names them — a full name, a short name or a credit code, typed with half- or
 * full-width brackets and stray spaces — to the active unions of a subtree. Names are compared by their
 * normalised keys (the stored names stay as typed); a text matching two unions is ambiguous and resolves to
 * neither. A text with no ending of its own that names no union that way is tried as a name without its ending,
 * as sheets often write it (杨镇 for 杨镇总工会), again only when one union of the subtree answers to it; a text
 * with an ending (杨镇工会) must name a union as it is, so that another union's name is never taken for it.
 * A credit code is found however it is typed, as an ID number is: in lower case, full-width, with spaces.
 * For imports: one read of the subtree's active unions, however many rows.
 */
export async function resolveUnionTexts(sql: Sql, scope: Subtree, texts: string[]) {
  const keys = texts.map((t) => normaliseText(t));
  const wanted = new Set(keys);
  const wantedStems = new Set(keys.filter((k) => stemOf(k) === null));
  const wantedCodes = new Set(keys.map(codeKey));
  const exact = new Map<string, { id: number; path: string } | 'ambiguous'>();
  const stems = new Map<string, { id: number; path: string } | 'ambiguous'>();
  const codes = new Map<string, { id: number; path: string } | 'ambiguous'>();
  if (!wanted.size) return new Map<string, FoundUnion>();
  const add = (
    to: typeof exact,
    asked: Set<string>,
    key: string | null,
    org: { id: number; path: string },
  ) => {
    if (key && asked.has(key)) noteUnion(to, key, org);
  };
  for (const o of await listActiveOrgKeys(sql, scope)) {
    const org = { id: o.id, path: o.path };
    const name = normaliseText(o.name);
    add(exact, wanted, name, org);
    if (o.shortName) add(exact, wanted, normaliseText(o.shortName), org);
    if (o.uscc) {
      add(exact, wanted, o.uscc, org);
      add(codes, wantedCodes, o.uscc, org);
    }
    add(stems, wantedStems, stemOf(name), org);
  }
  const find = (key: string): FoundUnion =>
    exact.get(key) ?? codes.get(codeKey(key)) ?? (stemOf(key) ? undefined : stems.get(key));
  return new Map(texts.map((t, i) => [t, find(keys[i])]));
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

/** What resolveUnionTexts found for one text. */
export type FoundUnion = { id: number; path: string } | 'ambiguous' | undefined;

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
  if (!found || !may(found.path))
    return { problem: { zh: `本工会范围内没有「${text}」`, en: `No union "${text}" in your subtree` } };
  return { union: found };
}
