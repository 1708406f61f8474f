import { type Figures, textOf } from './export-sheets.ts';

/**
 * The union rule of the export contract (test/exports.test.ts): a statistics sheet whose first column lists unions
 * shows them as the tree has them — each union's name indented by its depth below the topmost union listed (the
 * cell's alignment: xlsx-writer's `indents`), so a union's children read under it — and ends in a 合计 row
 * (export-totals.ts, missingTotals).
 */

/** A statistics export (stats.xlsx, stats/export.xlsx, the dashboard's reports): a table of figures. */
export const isStatistics = (f: Figures) => /\/stats[./]|\/reports\//.test(f.route);

/** The headers of a first column of unions, up to a bracket: 工会（持有名额的工会） is 工会. */
const UNION_HEADERS = new Set(['工会', '单位', '下级工会']);

/** Rows of records with a day each (terms falling due, votes) go by their day: no table of figures by union. */
export const isDated = (f: Figures) => f.body.some((r) => r.cells.some((c) => c?.d || c?.t === 'd'));

/**
 * A statistics sheet whose first column lists unions: headed 工会, 单位 or 下级工会 (a bracket after it aside), or
 * with a union's name indented (its writer declaring its rows unions'). 统计单位 names the one union counted, on
 * every row alike: no list of unions.
 */
export function listsUnions(f: Figures): boolean {
  if (!isStatistics(f) || f.keyValue || isDated(f)) return false;
  const head = (f.headers[0] ?? '').replace(/[（(].*$/, '').trim();
  return UNION_HEADERS.has(head) || f.body.some((r) => (r.cells[0]?.i ?? 0) > 0);
}

/** The rows naming a union: neither the 合计 row nor a distinct count's row under it. */
const unionRows = (f: Figures) => f.body.filter((r) => !/^(合计|不重复计)/.test(textOf(r.cells[0])));

/**
 * Every sheet listing unions whose names are not indented by their depth below the topmost union listed, given each
 * name's depth in the tree (undefined for a name two unions share, or none has): the topmost row is not indented,
 * and every union whose depth is known is indented its depth less the same number. `several` names the sheets
 * whose unions are of several depths, where the rule has something to hold.
 */
export function indentFailures(sheets: Figures[], depthOf: (name: string) => number | undefined) {
  const failures: string[] = [];
  const several: string[] = [];
  for (const f of sheets.filter(listsUnions)) {
    const rows = unionRows(f).map((r) => ({
      name: textOf(r.cells[0]),
      indent: r.cells[0]?.i ?? 0,
      depth: depthOf(textOf(r.cells[0])),
    }));
    const known = rows.filter((r) => r.depth !== undefined) as {
      name: string;
      indent: number;
      depth: number;
    }[];
    if (!known.length) continue;
    const top = Math.min(...known.map((r) => r.depth));
    if (new Set(known.map((r) => r.depth)).size > 1) several.push(`${f.route} 「${f.sheet.name}」`);
    if (Math.min(...rows.map((r) => r.indent)) !== 0)
      failures.push(`${f.where}: its topmost union is indented, ${rows.map((r) => r.indent).join(' ')}`);
    // each union indented its depth less the topmost's; with names not known, less what most rows are less
    const offsets = known.map((r) => r.depth - r.indent);
    const count = (o: number) => offsets.filter((x) => x === o).length;
    const offset =
      known.length === rows.length ? top : offsets.reduce((best, o) => (count(o) > count(best) ? o : best));
    for (const r of known)
      if (r.depth - r.indent !== offset)
        failures.push(`${f.where} ${r.name}: indented ${r.indent}, its depth says ${r.depth - offset}`);
  }
  return { failures, several };
}
