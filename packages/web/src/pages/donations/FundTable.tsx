import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fenColumn, linkColumn } from '../../components/columns.tsx';
import { FitTable } from '../../components/TableCard.tsx';
import type { Fund } from './donations-api.ts';

/** Funds with their income, grants, balance and people helped. */
export function FundTable({ funds, empty, testId }: { funds: Fund[]; empty: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  return (
    <FitTable<Fund>
      rowKey="id"
      dataSource={funds}
      pagination={false}
      locale={{ emptyText: empty }}
      scroll={{ x: 900 }}
      data-testid={testId}
      columns={[
        linkColumn(t('don.funds.name'), 'name', (f) => `/funds/${f.id}`),
        { title: t('don.funds.owner'), dataIndex: 'orgName' },
        { title: t('don.funds.beneficiary'), dataIndex: 'beneficiary' },
        { title: t('don.funds.foundedOn'), dataIndex: 'foundedOn', width: 110 },
        fenColumn(t('don.funds.income'), 'incomeFen'),
        fenColumn(t('don.funds.granted'), 'grantedFen'),
        fenColumn(t('don.funds.balance'), 'balanceFen'),
        { title: t('don.funds.helped'), dataIndex: 'helped', align: 'right', width: 120 },
      ]}
    />
  );
}
