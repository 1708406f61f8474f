import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { DonationFormModal } from './DonationFormModal.tsx';
import { useDonationColumns } from './DonationTable.tsx';
import { type Donation, type DonationKind, donationsApi } from './donations-api.ts';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 15 }, (_, i) => thisYear - i);

/** Staff: donations received by the unions of my subtree, with their acknowledgements. */
export default function DonationListPage() {
  const { t } = useTranslation();
  usePageTitle(t('don.donations.title'));
  const { can } = useSession();
  const [kind, setKind] = useState<DonationKind | 'all'>('all');
  const [year, setYear] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const columns = useDonationColumns(true);
  const list = useLoad(
    () => donationsApi.donations({ kind: kind === 'all' ? undefined : kind, year, page, pageSize: 20 }),
    [kind, year, page],
  );
  return (
    <Card
      title={t('don.donations.title')}
      extra={
        <Space wrap>
          <ListImport register="donations" onClosed={list.reload} />
          {can('donations.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="donation-new"
            >
              {t('don.donations.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Segmented<DonationKind | 'all'>
          value={kind}
          onChange={(k) => {
            setKind(k);
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('don.donations.all') },
            { value: 'money', label: t('don.kind.money') },
            { value: 'goods', label: t('don.kind.goods') },
          ]}
        />
        <Select
          allowClear
          placeholder={t('don.donations.year')}
          style={{ width: 140 }}
          value={year}
          onChange={(y) => {
            setYear(y);
            setPage(1);
          }}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
        />
      </Flex>
      <PagedTable<Donation>
        list={list}
        page={page}
        pageSize={20}
        onPage={setPage}
        what={t('don.donations.what')}
        empty={t('don.donations.empty')}
        scroll={{ x: 1000 }}
        columns={columns}
        data-testid="donation-table"
      />
      {creating && (
        <DonationFormModal
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            void list.reload();
          }}
        />
      )}
    </Card>
  );
}
