import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countColumn, linkColumn } from '../../components/columns.tsx';
import { formatCount } from '../../components/format.ts';
import { RegisterList, type RegisterListProps } from '../../components/RegisterList.tsx';
import { type QuotaToFill, wellnessApi } from './wellness-api.ts';

/** What the programmes' list and the places' list share: the view switch, the import, the new programme. */
export type WellnessListHead = Pick<
  RegisterListProps<object>,
  'testId' | 'paging' | 'pageSize' | 'deps' | 'create'
> & { actions: (list: { reload: () => Promise<void> }) => ReactNode };

/**
 * The quotas of my union's subtree with places still to nominate, the batch closing soonest first: what the to-do
 * card 待推荐的疗休养名额 counts (the places left, summed), each opening its batch where the nominating is done.
 * Shown as the wellness list (`title`, and `head`: its buttons) switched to its places.
 */
export function QuotasToFill({
  title,
  head,
  orgId,
}: {
  title: string;
  head: WellnessListHead;
  orgId?: number;
}) {
  const { t } = useTranslation();
  return (
    <RegisterList<QuotaToFill>
      title={title}
      {...head}
      load={() => wellnessApi.quotasToFill(orgId)}
      what={t('wel.what.places')}
      empty={t('wel.places.empty')}
      tableTestId="wel-places"
      notice={({ data }) =>
        !!data?.items.length && (
          <p className="muted" data-testid="wel-places-total">
            {t('wel.places.total', {
              places: formatCount(data.items.reduce((n, q) => n + q.open, 0)),
              quotas: formatCount(data.items.length),
            })}
          </p>
        )
      }
      columns={[
        linkColumn(t('wel.field.title'), 'batchTitle', (q: QuotaToFill) => `/wellness/batches/${q.batchId}`),
        { title: t('wel.field.name'), dataIndex: 'programName', ellipsis: true },
        {
          title: t('wel.field.kind'),
          dataIndex: 'kind',
          render: (k) => <Tag>{t(`wel.kind.${k}`)}</Tag>,
        },
        { title: t('wel.field.institution'), dataIndex: 'institutionName', ellipsis: true },
        { title: t('wel.places.union'), dataIndex: 'orgName' },
        countColumn(t('wel.field.quota'), 'quota'),
        countColumn(t('wel.field.used'), 'used'),
        countColumn(t('wel.places.open'), 'open'),
        { title: t('wel.field.closesOn'), dataIndex: 'closesOn' },
        { title: t('wel.field.startsOn'), dataIndex: 'startsOn' },
      ]}
    />
  );
}
