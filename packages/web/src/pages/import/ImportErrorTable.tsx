import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyText, LoadError } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useLocale } from '../../locale.tsx';
import { type ImportRowError, listImportErrors } from './importApi.ts';

/** The rows an import refused, with the reason in the reader's language. */
export function ImportErrorTable({ jobId }: { jobId: number }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const errors = useLoad(() => listImportErrors(jobId), [jobId]);
  if (errors.error)
    return <LoadError error={errors.error} retry={errors.reload} what={t('load.what.importErrors')} />;
  return (
    <Table<ImportRowError>
      rowKey={(r) => `${r.rowNo}-${r.column}-${r.code}`}
      size="small"
      loading={errors.loading}
      dataSource={errors.data ?? []}
      locale={{ emptyText: emptyText(errors) }}
      data-testid="import-errors"
      scroll={{ x: 640 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
      columns={[
        { title: t('import.row'), dataIndex: 'rowNo', width: 80 },
        { title: t('import.column'), dataIndex: 'column', width: 140, render: (c: string) => c || '—' },
        { title: t('import.value'), dataIndex: 'value', width: 220, ellipsis: true },
        {
          title: t('import.reason'),
          key: 'reason',
          render: (_, r) => (lang === 'en' ? r.messageEn : r.messageZh),
        },
      ]}
    />
  );
}
