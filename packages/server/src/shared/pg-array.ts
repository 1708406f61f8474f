/**
 * A column of a set-based statement as one PostgreSQL array literal ('{1,2,NULL}', '{"a","b \"c\""}'), passed as
 * the parameter of `unnest($n::bigint[], …)`. The driver turns a JavaScript array into the same text element by
 * element (two regular-expression replacements for every value, numbers included): for a register's 100,000 rows
 * of a dozen columns that was about a second of the import's CPU (docs/benchmarks.md, issue 42). The literal is
 * JSON's text of the array, made natively, with its brackets turned into braces: an array literal quotes and
 * escapes a string as JSON does (\" and \\), and reads an unquoted null as NULL. Only JSON's other escapes (\n,
 * \t, \u…) mean something else in a literal: a column holding such characters is written value by value.
 * Both drivers read the text with the cast the statement gives it.
 */
const OTHER_ESCAPE = /\\[^"\\]/;
const NEEDS_ESCAPE = /["\\]/;
const ESCAPE = /["\\]/g;

/** Whole numbers (ids, fen, counts) and nulls: `$n::bigint[]`, `$n::int[]`. */
export function numberArray(values: readonly (number | null | undefined)[]): string {
  return `{${JSON.stringify(values).slice(1, -1)}}`;
}

/** Texts (dates, instants, names) and nulls: `$n::text[]`, `$n::date[]`, `$n::timestamptz[]`. */
export function textArray(values: readonly (string | null | undefined)[]): string {
  const json = JSON.stringify(values);
  if (!OTHER_ESCAPE.test(json)) return `{${json.slice(1, -1)}}`;
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) out += ',';
    if (v === null || v === undefined) out += 'NULL';
    else out += `"${NEEDS_ESCAPE.test(v) ? v.replace(ESCAPE, '\\$&') : v}"`;
  }
  return `${out}}`;
}
