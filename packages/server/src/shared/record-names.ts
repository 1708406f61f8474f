import type { Sql } from '../db/db.ts';

/**
 * Names records of one kind by their ids, for the audit log's 对象 (a policy by its title, a studio by its name):
 * one query for a page's ids of that kind, never one per row. A record without a name (or gone) is left out, and the
 * log shows its id.
 */
export type RecordNamer = (sql: Sql, ids: number[]) => Promise<Map<number, string>>;

/**
 * The records of `table` named by their column `column` (a title or a name), in one query. `table` and `column` are
 * the owning module's own, written in its manifest (`auditNames`), never taken from a request.
 */
export function namedBy(table: string, column: string): RecordNamer {
  return namedByQuery(`select id, ${column} as name from ${table} where id = any($1::bigint[])`);
}

/**
 * The records a query names: it selects `id`, `name` (a title, a union, a date) and, for a record about a member,
 * `person` (the member's name), for the ids in `$1`. With `masked` the member's name shows as 李*明, as a hardship
 * file's does: a record of someone's relief, claim or request says who only to those who open it. The query is the
 * owning module's own, written in its manifest, never taken from a request.
 */
export function namedByQuery(query: string, { masked = false } = {}): RecordNamer {
  return async (sql, ids) => {
    if (!ids.length) return new Map();
    const { rows } = await sql.query<{ id: number | string; name: string | null; person?: string | null }>(
      query,
      [ids],
    );
    return new Map(
      rows.flatMap((r) => {
        const person = r.person?.trim() ? (masked ? maskName(r.person) : r.person.trim()) : '';
        const text = [person, r.name?.trim() ?? ''].filter(Boolean).join(' · ');
        return text ? [[Number(r.id), text] as const] : [];
      }),
    );
  };
}

/** A person's name with all but its first (and, from three characters, its last) character as stars. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length < 2) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
