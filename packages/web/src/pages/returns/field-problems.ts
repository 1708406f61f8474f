import type { Submission } from './returns-api.ts';

/**
 * What keeps a field from being submitted, said at the field as the list above the form says it (a required field
 * left empty, a value out of its range, a rule the field breaks), in the page's language. The server checks the
 * values saved: a field whose text has changed since shows none until the next save checks it again.
 */
export function problemsAt(
  s: Pick<Submission, 'problems' | 'values'>,
  key: string,
  text: string,
  en: boolean,
): string[] {
  if (text !== (s.values[key]?.text ?? '')) return [];
  return s.problems.filter((p) => p.key === key).map((p) => (en ? p.en : p.zh));
}
