import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { formatFen } from '../../components/money.ts';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CampaignFormModal } from './CampaignFormModal.tsx';
import { type Campaign, careApi } from './care-api.ts';

/** Staff: the 送温暖 campaigns of my subtree and of the unions above that mine takes part in. */
export default function CampaignListPage() {
  const { t } = useTranslation();
  usePageTitle(t('care.list.title'));
  const { can } = useSession();
  const [year, setYear] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useLoad(
    () => careApi.campaigns({ year: year ?? undefined, page, pageSize: 20 }),
    [year, page],
  );
  return (
    <Card
      title={t('care.list.title')}
      extra={
        can('care.write') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="care-new"
          >
            {t('care.list.create')}
          </Button>
        )
      }
    >
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <InputNumber
          placeholder={t('care.list.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => {
            setYear(v);
            setPage(1);
          }}
          data-testid="care-year"
        />
      </Flex>
      <PagedTable<Campaign>
        list={list}
        page={page}
        pageSize={20}
        onPage={setPage}
        what={t('care.what.campaigns')}
        empty={t('care.list.empty')}
        data-testid="care-table"
        columns={[
          {
            title: t('care.field.title'),
            dataIndex: 'title',
            render: (title: string, c) => <Link to={`/care/${c.id}`}>{title}</Link>,
          },
          { title: t('care.field.union'), dataIndex: 'orgName' },
          {
            title: t('care.field.period'),
            key: 'period',
            width: 210,
            render: (_, c) => `${c.startsOn} — ${c.endsOn}`,
          },
          {
            title: t('care.field.budget'),
            dataIndex: 'budgetFen',
            width: 140,
            align: 'right',
            render: (fen: number) => formatFen(fen),
          },
          { title: t('care.field.visits'), dataIndex: 'visits', width: 100, align: 'right' },
        ]}
      />
      {creating && <CampaignFormModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
