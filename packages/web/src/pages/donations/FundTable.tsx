import { Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { linkColumn } from '../../components/columns.tsx';
import { formatFen } from '../../components/money.ts';
import type { Fund } from './donations-api.ts';

/** Funds with their income, grants, balance and people helped. */
export function FundTable({ funds, empty, testId }: { funds: Fund[]; empty: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const money = (fen: number) => formatFen(fen);
  return (
    <Table<Fund>
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
        { title: t('don.funds.income'), dataIndex: 'incomeFen', align: 'right', render: money },
        { title: t('don.funds.granted'), dataIndex: 'grantedFen', align: 'right', render: money },
        { title: t('don.funds.balance'), dataIndex: 'balanceFen', align: 'right', render: money },
        { title: t('don.funds.helped'), dataIndex: 'helped', align: 'right', width: 120 },
      ]}
    />
  );
}
