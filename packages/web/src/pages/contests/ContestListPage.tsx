import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CONTEST_STATUSES, type Contest, type ContestStatus, contestsApi } from './contests-api.ts';
import { ContestStatusTag } from './labels.tsx';

/** Staff: the contests offered to my union (organised in my subtree or above it). */
export default function ContestListPage() {
  const { t } = useTranslation();
  usePageTitle(t('contest.list.title'));
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, set] = useListParams();
  const status = (params.get('status') ?? undefined) as ContestStatus | undefined;
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const page = Number(params.get('page') ?? 1);
  const list = useLoad(() => contestsApi.list({ status, year, page, pageSize: 20 }), [status, year, page]);

  return (
    <Card
      title={t('contest.list.title')}
      extra={
        can('contests.manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate('/contests/new')}
            data-testid="contest-create"
          >
            {t('contest.list.create')}
          </Button>
        )
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 160 }}
          value={status ?? 'all'}
          onChange={(v) => set('status', v === 'all' ? undefined : v)}
          options={[
            { value: 'all', label: t('contest.list.allStatuses') },
            ...CONTEST_STATUSES.map((s) => ({ value: s, label: t(`contest.status.${s}`) })),
          ]}
          data-testid="contest-status-filter"
        />
        <InputNumber
          style={{ width: 140 }}
          min={1949}
          max={2100}
          placeholder={t('contest.list.year')}
          value={year}
          onChange={(v) => set('year', v ? String(v) : undefined)}
          data-testid="contest-year-filter"
        />
      </Flex>
      <PagedTable<Contest>
        list={list}
        page={page}
        pageSize={20}
        onPage={(p) => set('page', String(p))}
        empty={t('contest.list.empty')}
        what={t('contest.list.what')}
        data-testid="contest-list"
        columns={[
          {
            title: t('contest.field.name'),
            dataIndex: 'name',
            render: (name: string, row) => <Link to={`/contests/${row.id}`}>{name}</Link>,
          },
          { title: t('contest.field.organiser'), dataIndex: 'orgName' },
          {
            title: t('contest.field.level'),
            dataIndex: 'level',
            render: (v: Contest['level']) => t(`contest.level.${v}`),
          },
          {
            title: t('contest.field.kind'),
            dataIndex: 'kind',
            render: (v: Contest['kind']) => t(`contest.kind.${v}`),
          },
          {
            title: t('contest.field.period'),
            key: 'period',
            render: (_, row) => `${row.startsOn} ~ ${row.endsOn}`,
          },
          { title: t('contest.field.entries'), dataIndex: 'entryCount', align: 'right' },
          {
            title: t('contest.field.status'),
            dataIndex: 'status',
            render: (s: ContestStatus, row) => (
              <>
                <ContestStatusTag status={s} />
                {row.hasUnpublishedChanges && <Tag color="orange">{t('contest.detail.unpublished')}</Tag>}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
