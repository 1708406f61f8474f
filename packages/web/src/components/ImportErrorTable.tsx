import { useTranslation } from 'react-i18next';
import { useLocale } from '../locale.tsx';
import { listImportErrors } from './importApi.ts';
import { emptyText, LoadError } from './LoadError.tsx';
import { rowCell, rowKeyOf } from './rowPlace.ts';
import { countedPager, FitTable } from './TableCard.tsx';
import { useLoad } from './useLoad.ts';
import { useNarrow } from './useNarrow.ts';

/** One refused row as any import reports it: where (its sheet, when several were read), and why in both languages. */
export interface RowError {
  rowNo: number;
  sheet?: string;
  column: string;
  value?: string;
  messageZh: string;
  messageEn: string;
}

/** The rows a member import job refused, loaded from the job. */
export function ImportErrorTable({ jobId }: { jobId: number }) {
  const { t } = useTranslation();
  const errors = useLoad(() => listImportErrors(jobId), [jobId]);
  if (errors.error)
    return <LoadError error={errors.error} retry={errors.reload} what={t('load.what.importErrors')} />;
  return <ImportErrorRows rows={errors.data} empty={emptyText(errors)} />;
}

/** The rows an import refused, with the reason in the reader's language; `rows` undefined while loading. */
export function ImportErrorRows({
  rows,
  empty,
  testId = 'import-errors',
}: {
  rows: RowError[] | undefined;
  empty?: React.ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const narrow = useNarrow();
  const hasValue = rows?.some((r) => r.value !== undefined) ?? true;
  const reason = (r: RowError) => (lang === 'en' ? r.messageEn : r.messageZh);
  // a file read from several sheets: each row with its sheet, “2025年”第7行
  const sheets = rows?.some((r) => r.sheet !== undefined) ?? false;
  const row = { title: t('import.row'), key: 'row', render: (_: unknown, r: RowError) => rowCell(r, lang) };
  // on a phone the reason is what matters: beside its row and column, with nothing to scroll sideways for
  const columns = narrow
    ? [
        { ...row, width: sheets ? 96 : 56 },
        {
          title: t('import.reason'),
          key: 'reason',
          render: (_: unknown, r: RowError) =>
            r.column ? `${r.column}${t('common.colon')}${reason(r)}` : reason(r),
        },
      ]
    : [
        { ...row, width: sheets ? 150 : 80 },
        { title: t('import.column'), dataIndex: 'column', width: 140, render: (c: string) => c || '—' },
        ...(hasValue ? [{ title: t('import.value'), dataIndex: 'value', width: 220, ellipsis: true }] : []),
        { title: t('import.reason'), key: 'reason', render: (_: unknown, r: RowError) => reason(r) },
      ];
  return (
    <FitTable<RowError>
      rowKey={(r) => `${rowKeyOf(r)}-${r.column}-${r.messageEn}`}
      size="small"
      loading={rows === undefined}
      dataSource={rows ?? []}
      locale={{ emptyText: empty }}
      data-testid={testId}
      // on a phone laid out to the screen (no `x`), not as wide as its content
      scroll={narrow ? {} : { x: 640 }}
      pagination={countedPager(t, 20)}
      columns={columns}
    />
  );
}
