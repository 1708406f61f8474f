import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../../auth/session.tsx';
import { ListImport } from '../../../components/ListImport.tsx';
import { PagedTable } from '../../../components/PagedTable.tsx';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { StudioFormModal } from './StudioFormModal.tsx';
import { LevelTag } from './studio-labels.tsx';
import { STUDIO_LEVELS, type Studio, type StudioLevel, studiosApi } from './studios-api.ts';

/** Staff: the studios of my subtree, by level and name; a new studio. */
export default function StudioListPage() {
  const { t } = useTranslation();
  usePageTitle(t('stu.list.title'));
  const { can } = useSession();
  const navigate = useNavigate();
  const [level, setLevel] = useState<StudioLevel | undefined>();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useLoad(
    () => studiosApi.list({ level, q: search || undefined, page, pageSize: 20 }),
    [level, search, page],
  );

  return (
    <Card
      title={t('stu.list.title')}
      extra={
        <Space wrap>
          <ListImport register="studios" onClosed={list.reload} />
          <ListImport register="studio-grants" label={t('stu.list.importGrants')} onClosed={list.reload} />
          {can('innovation.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="studio-create"
            >
              {t('stu.list.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 200 }}
          value={level ?? 'all'}
          onChange={(v) => {
            setLevel(v === 'all' ? undefined : (v as StudioLevel));
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('stu.list.allLevels') },
            ...STUDIO_LEVELS.map((l) => ({ value: l, label: t(`stu.level.${l}`) })),
          ]}
          data-testid="studio-level-filter"
        />
        <Input.Search
          style={{ width: 280 }}
          allowClear
          placeholder={t('stu.list.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => {
            setSearch(v.trim());
            setPage(1);
          }}
          data-testid="studio-search"
        />
      </Flex>
      <PagedTable<Studio>
        list={list}
        page={page}
        pageSize={20}
        onPage={setPage}
        empty={t('stu.list.empty')}
        what={t('stu.list.what')}
        columns={[
          {
            title: t('stu.field.name'),
            dataIndex: 'name',
            render: (name: string, s) => (
              <Link to={`/innovation/studios/${s.id}`} data-testid="studio-link">
                {name}
              </Link>
            ),
          },
          { title: t('stu.field.org'), dataIndex: 'orgName' },
          {
            title: t('stu.field.leader'),
            dataIndex: 'leaderName',
            render: (name: string | null, s) => (
              <>
                {name ?? '—'}{' '}
                {s.leaderModelWorkerLevel && <Tag>{t(`stu.modelWorker.${s.leaderModelWorkerLevel}`)}</Tag>}
              </>
            ),
          },
          { title: t('stu.field.field'), dataIndex: 'field', render: (v: string | null) => v ?? '—' },
          {
            title: t('stu.field.level'),
            dataIndex: 'level',
            render: (l: StudioLevel, s) =>
              s.status === 'active' ? <LevelTag level={l} /> : <Tag>{t(`stu.status.${s.status}`)}</Tag>,
          },
          {
            title: t('stu.field.levelSince'),
            dataIndex: 'levelSince',
            render: (v: string | null) => v ?? '—',
          },
          { title: t('stu.field.memberCount'), dataIndex: 'memberCount', align: 'right' },
        ]}
      />
      {creating && (
        <StudioFormModal
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate(`/innovation/studios/${id}`)}
        />
      )}
    </Card>
  );
}
