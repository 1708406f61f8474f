import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SRC, TSX_FILES } from './tsx-sources.ts';

// Source check: at a phone's width (375 px) nothing a clerk reads is squeezed to a character a line. A table is
// antd's `Table` through `FitTable`, `WholeTable` or `PagedTable` (components/TableCard.tsx), which scroll sideways
// on a phone (a table's own `scroll` passed through), and whose scrolling box a keyboard reaches (useScrollRegion:
// a bare `Table` with its own `scroll` could be scrolled with a mouse alone); a record's facts (`Descriptions`) stand one to a row on a phone, so their
// `column` is 1 or a count per screen width (`{ xs: 1, md: 2 }`), never a bare number above 1. The contest's, the
// selection's and the payment batch's pages showed three facts a row and their tables' headers a character a line.

/** The JSX elements named `tag` in a source, each with the names and texts of its attributes. */
function elements(text: string, tag: string): { line: number; attrs: Map<string, string> }[] {
  const file = ts.createSourceFile('x.tsx', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: { line: number; attrs: Map<string, string> }[] = [];
  const visit = (node: ts.Node) => {
    const opening = ts.isJsxElement(node)
      ? node.openingElement
      : ts.isJsxSelfClosingElement(node)
        ? node
        : null;
    if (opening && opening.tagName.getText() === tag) {
      const attrs = new Map<string, string>();
      for (const a of opening.attributes.properties) {
        if (ts.isJsxAttribute(a)) attrs.set(a.name.getText(), a.initializer?.getText() ?? 'true');
      }
      out.push({ line: file.getLineAndCharacterOfPosition(opening.getStart()).line + 1, attrs });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** A `column` that may put more than one fact in a row on a phone: anything but 1 or a count per width from `xs: 1`. */
const phoneColumns = (column: string | undefined) =>
  !!column && column !== '{1}' && !/\bxs:\s*1\b/.test(column);

/** The places that break the rule, as `file:line what`. */
export function squeezed(file: string, text: string): string[] {
  const out: string[] = [];
  if (!file.endsWith('TableCard.tsx')) {
    for (const t of elements(text, 'Table'))
      out.push(`${file}:${t.line} <Table> (use FitTable, WholeTable or PagedTable)`);
  }
  for (const d of elements(text, 'Descriptions')) {
    if (phoneColumns(d.attrs.get('column')))
      out.push(`${file}:${d.line} <Descriptions column=${d.attrs.get('column')}> (use { xs: 1, md: N })`);
  }
  return out;
}

describe('a page at a phone’s width', () => {
  it('shows its tables scrolled sideways, reachable by keyboard, and its facts one to a row', () => {
    const found = TSX_FILES.filter((f) => !f.includes('.test.')).flatMap((f) =>
      squeezed(relative(SRC, f), readFileSync(f, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('finds a bare table, its own scroll or none, and three facts a row (its own check)', () => {
    const probe = [
      'const a = <Table<Row> rowKey="id" columns={c} />;',
      'const b = <Table scroll={{ x: 600 }} columns={c} />;',
      'const c = <Descriptions column={3} size="small" />;',
      'const d = <Descriptions column={{ xs: 1, md: 3 }} />;',
      'const e = <Descriptions column={1} />;',
      'const f = <Table.Summary.Row />;',
      'const g = <Descriptions column={wide ? 5 : 1} />;',
    ].join('\n');
    expect(squeezed('probe.tsx', probe)).toEqual([
      'probe.tsx:1 <Table> (use FitTable, WholeTable or PagedTable)',
      'probe.tsx:2 <Table> (use FitTable, WholeTable or PagedTable)',
      'probe.tsx:3 <Descriptions column={3}> (use { xs: 1, md: N })',
      'probe.tsx:7 <Descriptions column={wide ? 5 : 1}> (use { xs: 1, md: N })',
    ]);
  });
});
