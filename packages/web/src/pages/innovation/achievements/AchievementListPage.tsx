import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ListImport } from '../../../components/ListImport.tsx';
import { Money } from '../../../components/labels.tsx';
import { PagedTable } from '../../../components/PagedTable.tsx';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { type AchievementSummary, achievementsApi } from './achievements-api.ts';
import { PublishedTag } from './labels.tsx';

type Status = 'draft' | 'published';

/** Staff: the achievements (创新成果) of the studios of my subtree. */
export default function AchievementListPage() {
  const { t } = useTranslation();
  usePageTitle(t('ach.list.title'));
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status | undefined>();
  const [page, setPage] = useState(1);
  const list = useLoad(
    () => achievementsApi.list({ q: q.trim() || undefined, status, page, pageSize: 20 }),
    [q, status, page],
  );

  return (
    <Card
      title={t('ach.list.title')}
      extra={
        <Space wrap>
          <ListImport register="achievements" onClosed={list.reload} />
          {
            <Link to="/innovation/achievements/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="achievement-create">
                {t('ach.list.create')}
              </Button>
            </Link>
          }
        </Space>
      }
    >
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('ach.list.search')}
          style={{ width: 280 }}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          data-testid="achievement-search"
        />
        <Select
          style={{ width: 140 }}
          value={status ?? 'all'}
          onChange={(v) => {
            setStatus(v === 'all' ? undefined : (v as Status));
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('ach.list.allStatus') },
            { value: 'draft', label: t('ach.status.draft') },
            { value: 'published', label: t('ach.status.published') },
          ]}
        />
      </Flex>
      <PagedTable<AchievementSummary>
        list={list}
        page={page}
        pageSize={20}
        onPage={setPage}
        empty={t('ach.list.empty')}
        what={t('ach.list.title')}
        onRow={(row) => ({
          onClick: () => navigate(`/innovation/achievements/${row.id}`),
          style: { cursor: 'pointer' },
        })}
        columns={[
          {
            title: t('ach.field.title'),
            dataIndex: 'title',
            render: (v: string, row) => <Link to={`/innovation/achievements/${row.id}`}>{v}</Link>,
          },
          {
            title: t('ach.field.type'),
            dataIndex: 'type',
            width: 110,
            render: (v: string) => t(`ach.type.${v}`),
          },
          { title: t('ach.field.studio'), dataIndex: 'studioName', render: (v: string | null) => v ?? '—' },
          { title: t('ach.field.union'), dataIndex: 'orgName' },
          { title: t('ach.field.year'), dataIndex: 'year', width: 80 },
          {
            title: t('ach.field.stage'),
            dataIndex: 'stage',
            width: 90,
            render: (v: string) => t(`ach.stage.${v}`),
          },
          {
            title: t('ach.field.conversions'),
            dataIndex: 'conversions',
            width: 130,
            render: (n: number, row) => (n ? <Money fen={row.conversionFen} /> : '—'),
          },
          { title: t('ach.field.leads'), dataIndex: 'leads', width: 90 },
          {
            title: t('ach.field.status'),
            dataIndex: 'publishedAt',
            width: 90,
            render: (v: string | null) => <PublishedTag publishedAt={v} />,
          },
        ]}
      />
    </Card>
  );
}
