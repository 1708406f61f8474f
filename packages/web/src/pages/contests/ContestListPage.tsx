import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelColumn, linkColumn } from '../../components/columns.tsx';
import { choiceFilter, createLink, RegisterList } from '../../components/RegisterList.tsx';
import { CONTEST_STATUSES, type Contest, type ContestStatus, contestsApi } from './contests-api.ts';
import { ContestStatusTag } from './labels.tsx';

/** Staff: the contests offered to my union (organised in my subtree or above it). */
export default function ContestListPage() {
  const { t } = useTranslation();
  return (
    <RegisterList<Contest>
      title={t('contest.list.title')}
      testId="contest"
      tableTestId="contest-list"
      filters={[
        choiceFilter('status', CONTEST_STATUSES, (v) => t(`contest.status.${v}`), {
          every: t('contest.list.allStatuses'),
          width: 160,
          testId: 'contest-status-filter',
        }),
        {
          kind: 'year',
          param: 'year',
          placeholder: t('contest.list.year'),
          min: 1949,
          max: 2100,
          width: 140,
          testId: 'contest-year-filter',
        },
      ]}
      load={({ values, page, pageSize }) =>
        contestsApi.list({
          status: values.status as ContestStatus | undefined,
          year: values.year ? Number(values.year) : undefined,
          page,
          pageSize,
        })
      }
      create={createLink('contests.manage', t('contest.list.create'), 'contest-create', '/contests/new')}
      empty={t('contest.list.empty')}
      what={t('contest.list.what')}
      columns={[
        linkColumn(t('contest.field.name'), 'name', (row) => `/contests/${row.id}`),
        { title: t('contest.field.organiser'), dataIndex: 'orgName' },
        labelColumn(t('contest.field.level'), 'level', (v) => t(`contest.level.${v}`)),
        labelColumn(t('contest.field.kind'), 'kind', (v) => t(`contest.kind.${v}`)),
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
  );
}
