import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Segmented, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ListImport } from '../import/ListImport.tsx';
import {
  type FileLevel,
  type FileStatus,
  type HardshipFile,
  hardshipApi,
  LEVELS,
  yuan,
} from './hardship-api.ts';
import { FileStatusTag } from './labels.tsx';

type View = 'all' | FileStatus;
const VIEWS: View[] = ['all', 'verified', 'expired', 'draft', 'closed'];

/** Staff: the hardship files of my subtree, the expired ones (due for review) one click away. */
export default function HardshipListPage() {
  const { t } = useTranslation();
  usePageTitle(t('hs.list.title'));
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, set] = useListParams();
  const view = (params.get('view') as View | null) ?? 'all';
  const level = (params.get('level') as FileLevel | null) ?? undefined;
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 1);
  const list = useLoad(
    () =>
      hardshipApi.list({
        status: view === 'all' ? undefined : view,
        level,
        q: q.trim() || undefined,
        page,
        pageSize: 20,
      }),
    [view, level, q, page],
  );

  return (
    <Card
      title={t('hs.list.title')}
      extra={
        <Flex gap={8}>
          <Button
            icon={<DownloadOutlined />}
            href={`/api/hardship/files.xlsx?${new URLSearchParams({
              ...(view === 'all' ? {} : { status: view }),
              ...(level ? { level } : {}),
              ...(q.trim() ? { q: q.trim() } : {}),
            })}`}
            data-testid="hardship-export"
          >
            {t('hs.list.export')}
          </Button>
          <ListImport register="hardship" onClosed={list.reload} />
          {can('hardship.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/hardship/new')}
              data-testid="hardship-new"
            >
              {t('hs.list.create')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Segmented<View>
          value={view}
          onChange={(v) => set('view', v === 'all' ? undefined : v)}
          options={VIEWS.map((v) => ({
            value: v,
            label: v === 'all' ? t('hs.list.all') : t(`hs.status.${v}`),
          }))}
          data-testid="hardship-view"
        />
        <Select
          allowClear
          placeholder={t('hs.field.level')}
          style={{ width: 160 }}
          value={level}
          onChange={(v) => set('level', v)}
          options={LEVELS.map((l) => ({ value: l, label: t(`hs.level.${l}`) }))}
        />
        <Input.Search
          allowClear
          style={{ width: 220 }}
          placeholder={t('hs.list.search')}
          defaultValue={q}
          onSearch={(v) => set('q', v.trim() || undefined)}
          data-testid="hardship-search"
        />
      </Flex>
      <PagedTable<HardshipFile>
        list={list}
        page={page}
        pageSize={20}
        onPage={(p) => set('page', p > 1 ? String(p) : undefined)}
        what={t('hs.list.what')}
        empty={t('hs.list.empty')}
        scroll={{ x: 1000 }}
        data-testid="hardship-table"
        columns={[
          {
            title: t('hs.field.worker'),
            dataIndex: 'personName',
            render: (name: string, f) => <Link to={`/hardship/${f.id}`}>{name}</Link>,
          },
          { title: t('hs.field.union'), dataIndex: 'orgName' },
          {
            title: t('hs.field.level'),
            dataIndex: 'level',
            width: 100,
            render: (l: FileLevel) => t(`hs.level.${l}`),
          },
          {
            title: t('hs.field.causes'),
            dataIndex: 'causes',
            render: (cs: HardshipFile['causes']) => cs.map((c) => <Tag key={c}>{t(`hs.cause.${c}`)}</Tag>),
          },
          { title: t('hs.field.household'), dataIndex: 'household', width: 90, align: 'right' },
          {
            title: t('hs.field.income'),
            dataIndex: 'incomeFen',
            width: 130,
            align: 'right',
            render: (fen: number) => yuan(fen),
          },
          {
            title: t('hs.field.expiresOn'),
            key: 'expiresOn',
            width: 110,
            // A closed file no longer runs to its expiry.
            render: (_, f) => (f.status === 'closed' ? '—' : (f.expiresOn ?? '—')),
          },
          {
            title: t('hs.field.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: FileStatus) => <FileStatusTag status={s} />,
          },
        ]}
      />
    </Card>
  );
}
