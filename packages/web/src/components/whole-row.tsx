import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A statistics table's bottom row where a column is no sum of its rows (ADR 14; the server's `wholeRowLabel`,
 * shared/sheet-totals.ts, words its .xlsx alike): 合计 is kept for a row every figure of which adds the rows up. A
 * column of states (counts as of a day) makes it 全期（时点数截至<day>）, a column of distinct counts (a person in
 * several rows counted once) 全部（不重复计）.
 */
export type WholeKind = 'state' | 'distinct';

/** The bottom row's label (`label(kind, asOf)`) and the note saying why it is no 合计 (`note(kind, columns, asOf)`). */
export function useWholeRow() {
  const { t } = useTranslation();
  return {
    label: (kind: WholeKind, asOf?: string) => t(`period.whole.${kind}`, { asOf }),
    note: (kind: WholeKind, columns: string[], asOf?: string) =>
      t(`period.whole.${kind}Note`, {
        columns: columns.map((name) => t('period.whole.column', { name })).join(''),
        asOf,
      }),
  };
}

/** The note under a table whose bottom row is 全期 or 全部: which columns cannot be added up, and why. */
export function WholeRowNote({ kind, columns, asOf }: { kind: WholeKind; columns: string[]; asOf?: string }) {
  const whole = useWholeRow();
  return (
    <Typography.Text type="secondary" data-testid={`whole-row-note-${kind}`}>
      {whole.note(kind, columns, asOf)}
    </Typography.Text>
  );
}
