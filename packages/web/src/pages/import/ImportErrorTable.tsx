import { Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useLocale } from '../../locale.tsx';
import { type ImportError, listImportErrors } from './importApi.ts';

/** The rows an import rejected, a page at a time, with the reason in the reader's language. */
export function ImportErrorTable({ jobId }: { jobId: number }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const errors = useLoad(() => listImportErrors(jobId, page, pageSize), [jobId, page, pageSize]);
  if (errors.error) return <LoadError error={errors.error} retry={errors.reload} />;
  return (
    <Table<ImportError>
      rowKey={(r) => `${r.row}-${r.column}-${r.reasonEn}`}
      size="small"
      loading={errors.loading}
      dataSource={errors.data?.items ?? []}
      data-testid="import-errors"
      scroll={{ x: 640 }}
      pagination={{
        current: page,
        pageSize,
        total: errors.data?.total ?? 0,
        showTotal: (n) => t('common.total', { count: n }),
        onChange: (p, size) => {
          setPage(size === pageSize ? p : 1);
          setPageSize(size);
        },
      }}
      columns={[
        { title: t('import.row'), dataIndex: 'row', width: 80 },
        {
          title: t('import.column'),
          dataIndex: 'column',
          width: 140,
          render: (c: string | null) => c ?? '—',
        },
        {
          title: t('import.value'),
          dataIndex: 'value',
          width: 200,
          ellipsis: true,
          render: (v: string | null) => v ?? '',
        },
        {
          title: t('import.reason'),
          key: 'reason',
          render: (_, r) => (lang === 'en' ? r.reasonEn : r.reasonZh),
        },
      ]}
    />
  );
}
