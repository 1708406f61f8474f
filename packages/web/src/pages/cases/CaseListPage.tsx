import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Segmented, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { emptyText } from '../../components/LoadError.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLocale } from '../../locale.tsx';
import {
  type CaseQuery,
  type Category,
  CHANNELS,
  type Channel,
  casesApi,
  named,
  STATUS_COLOR,
  type StaffCase,
} from './cases-api.ts';
import { useCategoryOptions } from './categories.ts';

type View = 'all' | 'open' | 'submitted' | 'answered' | 'closed';
const VIEWS: View[] = ['all', 'open', 'submitted', 'answered', 'closed'];

/** Staff: the requests handled in or filed with my subtree's unions; filters kept in the address. */
export default function CaseListPage() {
  const { t } = useTranslation();
  const { lang } = useLocale();
  usePageTitle(t('case.list.title'));
  const categories = useCategoryOptions('staff', false);
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, set] = useListParams();
  const view = (params.get('status') as View | null) ?? 'all';
  const channel = (params.get('channel') as Channel | null) ?? undefined;
  const category = (params.get('category') as Category | null) ?? undefined;
  const overdue = params.get('overdue') === '1';
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 1);
  const query: CaseQuery = {
    status: view === 'all' ? undefined : view,
    channel,
    category,
    overdue: overdue || undefined,
    q: q || undefined,
    page,
    pageSize: 20,
  };
  const list = useLoad(() => casesApi.list(query), [view, channel, category, overdue, q, page]);

  return (
    <Card
      title={t('case.list.title')}
      extra={
        <Flex gap={8}>
          <Button icon={<DownloadOutlined />} href={casesApi.listExportUrl(query)} data-testid="case-export">
            {t('case.list.export')}
          </Button>
          <ListImport register="cases" onClosed={list.reload} />
          {can('cases.handle') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/cases/new')}
              data-testid="case-new"
            >
              {t('case.list.create')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Segmented<View>
          value={view}
          onChange={(v) => set('status', v === 'all' ? undefined : v)}
          options={VIEWS.map((v) => ({
            value: v,
            label: v === 'all' ? t('case.list.all') : t(`case.status.${v}`),
          }))}
          data-testid="case-view"
        />
        <Select
          allowClear
          placeholder={t('case.field.channel')}
          style={{ width: 200 }}
          value={channel}
          onChange={(v) => set('channel', v)}
          options={CHANNELS.map((c) => ({ value: c, label: t(`case.channel.${c}`) }))}
        />
        <Select
          allowClear
          placeholder={t('case.field.category')}
          style={{ width: 160 }}
          value={category}
          onChange={(v) => set('category', v)}
          showSearch
          optionFilterProp="label"
          options={categories.options}
          loading={categories.state.loading}
          notFoundContent={emptyText(categories.state, undefined, t('case.field.category'))}
        />
        <Button
          type={overdue ? 'primary' : 'default'}
          danger={overdue}
          onClick={() => set('overdue', overdue ? undefined : '1')}
        >
          {t('case.list.overdueOnly')}
        </Button>
        <Input.Search
          allowClear
          defaultValue={q}
          style={{ width: 240 }}
          placeholder={t('case.list.search')}
          onSearch={(v) => set('q', v.trim() || undefined)}
        />
      </Flex>
      <PagedTable<StaffCase>
        list={list}
        page={page}
        pageSize={20}
        onPage={(p) => set('page', p > 1 ? String(p) : undefined)}
        what={t('case.list.what')}
        empty={t('case.list.empty')}
        scroll={{ x: 1100 }}
        data-testid="case-table"
        columns={[
          {
            title: t('case.field.description'),
            dataIndex: 'description',
            ellipsis: true,
            render: (text: string, c) => <Link to={`/cases/${c.id}`}>{text}</Link>,
          },
          {
            title: t('case.field.channel'),
            dataIndex: 'channel',
            width: 150,
            render: (c: Channel) => t(`case.channel.${c}`),
          },
          {
            title: t('case.field.category'),
            key: 'category',
            width: 100,
            render: (_, c) => named(c.categoryName, lang),
          },
          {
            title: t('case.field.worker'),
            key: 'worker',
            width: 120,
            render: (_, c) => c.worker?.name ?? (c.anonymous ? t('case.field.anonymous') : '—'),
          },
          { title: t('case.field.union'), dataIndex: 'orgName', width: 200 },
          { title: t('case.field.filedOn'), dataIndex: 'filedOn', width: 110 },
          { title: t('case.field.answerDue'), dataIndex: 'answerDue', width: 110 },
          {
            title: t('case.field.status'),
            key: 'status',
            width: 150,
            render: (_, c) => (
              <>
                <Tag color={STATUS_COLOR[c.status]}>{t(`case.status.${c.status}`)}</Tag>
                {c.overdue && <Tag color="red">{t('case.overdue')}</Tag>}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
