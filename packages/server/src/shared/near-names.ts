/**
 * The names a clerk who typed a name that matches none may have meant (您是否指…？): a union a register's row names,
 * a program, a batch. Compared as the caller keys them (normaliseText: half- and full-width alike, spaces folded).
 */

import { quotedName } from './text.ts';

/** How many names a message suggests. */
export const MAX_NEAR_NAMES = 3;

/** Whether two keys are one edit apart (a character added, left out or changed). */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // the rest after the first difference: the same with one character changed, or one added to the longer
  return short.length === long.length
    ? short.slice(i + 1) === long.slice(i + 1)
    : short.slice(i) === long.slice(i + 1);
}

/**
 * Up to three of `names` (keyed as `typed` is) a clerk who typed `typed` may have meant: those one edit from it
 * (杨镇工会 for 杨镇总工会), then those holding it or one of `parts` (what else the caller reads into the text, such as
 * a union's name without its ending); the shortest first, then in the order given. A text or part of fewer than two
 * characters holds nothing.
 */
export function namesNear<T extends { name: string; key: string }>(
  typed: string,
  names: readonly T[],
  parts: readonly string[] = [],
): T[] {
  const held = [typed, ...parts].filter((k) => k.length >= 2);
  if (!held.length) return [];
  const near: { n: T; rank: number; at: number }[] = [];
  names.forEach((n, at) => {
    if (oneEditApart(typed, n.key)) near.push({ n, rank: 0, at });
    else if (held.some((k) => n.key.includes(k))) near.push({ n, rank: 1, at });
  });
  near.sort((a, b) => a.rank - b.rank || a.n.name.length - b.n.name.length || a.at - b.at);
  const seen = new Set<string>();
  return near
    .map((x) => x.n)
    .filter((n) => !seen.has(n.name) && seen.add(n.name))
    .slice(0, MAX_NEAR_NAMES);
}

/** The names suggested, in a message's words: （您是否指：「…」、「…」？） and (Did you mean: "…", "…"?); none, nothing. */
export function didYouMean(near: readonly string[]): { zh: string; en: string } {
  if (!near.length) return { zh: '', en: '' };
  return {
    zh: `（您是否指：${near.map(quotedName).join('、')}？）`,
    en: ` (Did you mean: ${near.map((n) => `"${n}"`).join(', ')}?)`,
  };
}

/** The things of one union in a map keyed `<union id>|<name's key>` (a register's studios), as namesNear takes them. */
export function namesOfUnion<T extends { name: string }>(byKey: ReadonlyMap<string, T>, orgId: number) {
  const prefix = `${orgId}|`;
  return [...byKey].flatMap(([k, t]) =>
    k.startsWith(prefix) ? [{ key: k.slice(prefix.length), name: t.name }] : [],
  );
}
