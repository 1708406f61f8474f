/**
 * The head rule of statistics (test/stats-heads.test.ts): a statistics workbook says whose figures they are and over
 * which days — one of its sheets opens with 统计单位 | <union> and 统计期间 | <period> (shared/figures-sheet.ts:
 * `unionLine`, `periodLine`) — and a statistics answer's head names the union asked, the caller's own when none is.
 */

/** The rows of a sheet a head is looked for in: its header row and its first lines. */
const HEAD_ROWS = 5;

/**
 * The one wording of a period (periodLine): 2026-01-01至2026-12-31, 2026-01-01起, 至2026-12-31 or 全部期间, then
 * ，计至<day> while the period runs on.
 */
const PERIOD =
  /^(?:(\d{4}-\d{2}-\d{2})至(\d{4}-\d{2}-\d{2})|(\d{4}-\d{2}-\d{2})起|至(\d{4}-\d{2}-\d{2})|全部期间)(?:，计至(\d{4}-\d{2}-\d{2}))?$/;

/** What is wrong with a 统计期间 cell, or null: not in the one wording, or 计至 a day the period is over by. */
export function periodWordingFailure(text: string): string | null {
  const m = PERIOD.exec(text);
  if (!m) return `统计期间 is not written 2026-01-01至2026-12-31[，计至2026-11-30]: ${text}`;
  const [, from, to, , until, countedTo] = m;
  const end = to ?? until;
  if (from && to && from > to) return `统计期间 ends before it starts: ${text}`;
  if (countedTo && end && countedTo >= end) return `统计期间 says 计至 a day the period is over by: ${text}`;
  return null;
}

export interface HeadSheet {
  name: string;
  rows: string[][];
}

/**
 * The failures of a workbook's head: no sheet opens (within its first rows) with 统计单位 naming `union` (any union
 * but 全部工会 when undefined: a record's report) and 统计期间 in the one wording.
 */
export function headFailures(where: string, sheets: HeadSheet[], union: string | undefined): string[] {
  const lines = sheets.map((s) => ({
    name: s.name,
    lines: new Map(s.rows.slice(0, HEAD_ROWS).map((r) => [r[0], r[1] ?? ''])),
  }));
  const named = (v: string | undefined) => !!v && (union ? v === union : v !== '全部工会');
  const head = lines.find((s) => named(s.lines.get('统计单位')) && s.lines.has('统计期间'));
  if (!head) {
    const unions = lines.map((s) => s.lines.get('统计单位')).filter((v) => v !== undefined);
    return [
      `${where}: no sheet opens with 统计单位 | ${union ?? '<its union>'} and 统计期间` +
        (unions.length ? ` (统计单位 says ${unions.join(', ')})` : ''),
    ];
  }
  const wording = periodWordingFailure(head.lines.get('统计期间') ?? '');
  return wording ? [`${where} 「${head.name}」: ${wording}`] : [];
}

/** A statistics answer's head: the union by id and name, or as `org`. */
export interface StatsHead {
  orgId?: number | null;
  orgName?: string | null;
  org?: { id: number | null; name: string };
}

/** The failures of an answer's head asked of no union by a clerk: it must name the clerk's own union. */
export function statsHeadFailures(
  where: string,
  head: StatsHead,
  clerk: { orgId: number; orgName: string },
): string[] {
  const id = head.org ? head.org.id : head.orgId;
  const name = head.org ? head.org.name : head.orgName;
  const out: string[] = [];
  if (name === undefined) out.push(`${where}: its head names no union (orgName or org)`);
  else if (name !== clerk.orgName) out.push(`${where}: its head names ${name}, not ${clerk.orgName}`);
  if (id !== undefined && id !== clerk.orgId)
    out.push(`${where}: its head's union is ${id}, not ${clerk.orgId}`);
  return out;
}
