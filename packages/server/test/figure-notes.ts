/**
 * The rule of test/figure-notes.test.ts (issue 41: every figure names its rule), as pure functions: which routes
 * are statistics, which properties of a statistics answer are figures (read off its OpenAPI schema, so a list the
 * demo leaves empty still counts), and what is wrong with an answer's notes.
 */

/** The part of an OpenAPI schema the walk reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
}

/** One figure of an answer, found in its schema. */
export interface Figure {
  /** The property's name: submitted, paidFen, n … */
  key: string;
  /** The property (or list) holding it: total, byUnion, prizes …; '' at the answer's top. */
  parent: string;
  /** The values of the enums beside it (a breakdown row's dimension: result 'first' | 'second' …). */
  dims: string[][];
}

export interface Note {
  key: string;
  label: { zh: string; en: string };
  note: { zh: string; en: string };
}

/** A statistics route: its URL ends in /stats or /report, or it is a report under /api/reports/. */
export const isStatistics = (url: string) =>
  /\/(stats|report)$/.test(url) || /^\/api\/reports\/[a-z-]+$/.test(url);

/** Properties that name what a row is about (an id, a year, a union's depth in the tree), not a figure. */
const NOT_A_FIGURE = /^(id|key|\w+Id|year|fromYear|toYear|depth)$/;

const alternatives = (s: JsonSchema): JsonSchema[] => [
  s,
  ...[...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])].flatMap(alternatives),
];
const types = (s: JsonSchema) =>
  alternatives(s).flatMap((a) => (Array.isArray(a.type) ? a.type : a.type ? [a.type] : []));
const isNumeric = (s: JsonSchema) => types(s).some((x) => x === 'integer' || x === 'number');
const enumOf = (s: JsonSchema): string[] =>
  alternatives(s).flatMap((a) =>
    [...(a.enum ?? []), ...(a.const !== undefined ? [a.const] : [])].map(String),
  );

/**
 * Every figure of an answer's schema: a number property (or a list of numbers, such as counts by month), wherever
 * it sits — at the top, in a totals object, in each row of a list. Ids, years and the `notes` themselves are not.
 */
export function figureKeysOf(schema: JsonSchema): Figure[] {
  const out = new Map<string, Figure>();
  const walk = (s: JsonSchema, parent: string) => {
    for (const alt of alternatives(s)) {
      if (alt.items) walk(alt.items, parent);
      const props = alt.properties ?? {};
      const dims = Object.values(props)
        .map(enumOf)
        .filter((e) => e.length > 0);
      for (const [key, p] of Object.entries(props)) {
        if (key === 'notes') continue;
        const numbers = isNumeric(p) || alternatives(p).some((a) => a.items && isNumeric(a.items));
        if (numbers && !NOT_A_FIGURE.test(key)) out.set(`${parent}.${key}`, { key, parent, dims });
        else walk(p, key);
      }
    }
  };
  walk(schema, '');
  return [...out.values()];
}

/**
 * The lists of unions in an answer's schema (a list whose rows name a union, `orgName`, and nothing else: a
 * station's row has its `name`) whose rows declare no `depth`: the page and the .xlsx indent each union by it below
 * the topmost listed, so a list without it reads flat on the page. Read off the schema, so a list the demo leaves
 * empty still counts.
 */
export function unionListsWithoutDepth(schema: JsonSchema): string[] {
  const out = new Set<string>();
  const walk = (s: JsonSchema, at: string) => {
    for (const alt of alternatives(s)) {
      const rows = alt.items ? alternatives(alt.items).filter((r) => r.properties) : [];
      const props = (r: JsonSchema) => r.properties ?? {};
      const ofUnion = rows.some(
        (r) => 'orgName' in props(r) && !('name' in props(r)) && !('title' in props(r)),
      );
      if (ofUnion && !rows.some((r) => 'depth' in props(r))) out.add(at);
      if (alt.items) walk(alt.items, at);
      for (const [key, p] of Object.entries(alt.properties ?? {})) walk(p, at ? `${at}.${key}` : key);
    }
  };
  walk(schema, '');
  return [...out];
}

/** Whether a figure has its note: by its name, by its holder and name (visits.total), or a row's count by its dims. */
export function isNoted(f: Figure, keys: Set<string>): boolean {
  if (keys.has(f.key) || keys.has(`${f.parent}.${f.key}`)) return true;
  if (f.key !== 'n') return false;
  return keys.has(f.parent) || f.dims.some((d) => d.every((v) => keys.has(v)));
}

const DAY = /\d{4}-\d{2}-\d{2}/g;
/** Chinese characters: a note's English side holds none (names of unions and programmes are data, never in a note). */
const HAN = /[\u3400-\u9fff]/;

/**
 * What is wrong with an answer's notes, one line each: none at all; a figure without a note; a note without
 * Chinese or English; a Chinese note not naming its days (the period's first day or its asOf, or 截至<day>); an
 * English note not naming the days the Chinese one names.
 */
export function noteFailures(
  url: string,
  answer: { from?: string | null; asOf?: string; notes?: Note[] },
  figures: Figure[],
  today: string,
): string[] {
  const out: string[] = [];
  if (!Array.isArray(answer.notes)) out.push(`${url} has no notes`);
  const notes = answer.notes ?? [];
  const keys = new Set(notes.map((n) => n.key));
  for (const f of figures)
    if (!isNoted(f, keys))
      out.push(`${url}: the figure ${f.parent ? `${f.parent}.` : ''}${f.key} has no note`);
  const asOf = answer.asOf ?? today;
  for (const n of notes) {
    const at = `${url}: the note of ${n.key}`;
    for (const side of ['label', 'note'] as const) {
      if (!n[side]?.zh?.trim()) out.push(`${at} has no Chinese ${side}`);
      if (!/[A-Za-z]/.test(n[side]?.en ?? '')) out.push(`${at} has no English ${side}`);
      // an English page shows it: no Chinese of ours inside (a term glossed in brackets reads as a leak)
      if (HAN.test(n[side]?.en ?? '')) out.push(`${at} has Chinese in its English ${side}: ${n[side]?.en}`);
    }
    const zh = n.note?.zh ?? '';
    const named =
      zh.includes(asOf) || (!!answer.from && zh.includes(answer.from)) || /截至\d{4}-\d{2}-\d{2}/.test(zh);
    if (!named) out.push(`${at} names no day (${asOf}, or 截至<day>): ${zh}`);
    const missing = (zh.match(DAY) ?? []).filter((d) => !(n.note?.en ?? '').includes(d));
    if (missing.length) out.push(`${at} in English lacks ${missing.join(', ')}: ${n.note?.en}`);
  }
  return out;
}
