import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { treeSteps } from '../../../server/src/shared/tree-steps.ts';

/** A statistics row of one union: its depth in the tree (1 a root), null for the asked union's own row (本级). */
interface InTree {
  depth?: number | null;
}

/** A union's name indented by its steps below the topmost union of its table. */
function Indented({ steps, children }: { steps: number; children: ReactNode }) {
  return steps > 0 ? <span style={{ paddingInlineStart: `${steps * 1.25}em` }}>{children}</span> : children;
}

/**
 * A statistics table's union column over `rows` in the tree's order: each name (or what `render` makes of it)
 * indented below the unions above it by the .xlsx's own rule (`treeSteps`). A row without a depth (a total) stands
 * at the left.
 */
export function unionTreeColumn<R extends object>(rows: readonly R[], column: ColumnType<R>): ColumnType<R> {
  const steps = treeSteps(rows.map((r) => (r as InTree).depth));
  const at = new Map<R, number>(rows.map((r, i) => [r, steps[i] ?? 0]));
  return {
    dataIndex: 'orgName',
    ...column,
    render: (value: string, row: R, index: number) => (
      <Indented steps={at.get(row) ?? 0}>
        {column.render ? (column.render(value, row, index) as ReactNode) : value}
      </Indented>
    ),
  };
}
