import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { linkColumn } from '../../components/columns.tsx';
import { formatCount } from '../../components/format.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { PagedTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { type QuotaToFill, wellnessApi } from './wellness-api.ts';

/**
 * The quotas of my union's subtree with places still to nominate, the batch closing soonest first: what the to-do
 * card 待推荐的疗休养名额 counts (the places left, summed), each opening its batch where the nominating is done.
 */
export function QuotasToFill({ orgId }: { orgId?: number }) {
  const { t } = useTranslation();
  const quotas = useLoad(() => wellnessApi.quotasToFill(orgId), [orgId]);
  const count = { align: 'right' as const, render: formatCount };
  return (
    <LoadGate state={quotas} what={t('wel.what.places')}>
      {(list) => (
        <>
          <CappedNotice list={list} />
          {list.items.length > 0 && (
            <p className="muted" data-testid="wel-places-total">
              {t('wel.places.total', {
                places: formatCount(list.items.reduce((n, q) => n + q.open, 0)),
                quotas: formatCount(list.items.length),
              })}
            </p>
          )}
          <PagedTable<QuotaToFill>
            pageSize={20}
            dataSource={list.items}
            locale={{ emptyText: t('wel.places.empty') }}
            data-testid="wel-places"
            columns={[
              linkColumn(
                t('wel.field.title'),
                'batchTitle',
                (q: QuotaToFill) => `/wellness/batches/${q.batchId}`,
              ),
              { title: t('wel.field.name'), dataIndex: 'programName', ellipsis: true },
              {
                title: t('wel.field.kind'),
                dataIndex: 'kind',
                render: (k) => <Tag>{t(`wel.kind.${k}`)}</Tag>,
              },
              { title: t('wel.field.institution'), dataIndex: 'institutionName', ellipsis: true },
              { title: t('wel.places.union'), dataIndex: 'orgName' },
              { title: t('wel.field.quota'), dataIndex: 'quota', ...count },
              { title: t('wel.field.used'), dataIndex: 'used', ...count },
              { title: t('wel.places.open'), dataIndex: 'open', ...count },
              { title: t('wel.field.closesOn'), dataIndex: 'closesOn' },
              { title: t('wel.field.startsOn'), dataIndex: 'startsOn' },
            ]}
          />
        </>
      )}
    </LoadGate>
  );
}
