import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelColumn, linkColumn } from '../../components/columns.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { emptyText } from '../../components/LoadError.tsx';
import {
  createLink,
  type ListQuery,
  RegisterList,
  selectFilter,
  viewsFilter,
} from '../../components/RegisterList.tsx';
import { useLocale } from '../../locale.tsx';
import {
  type CaseQuery,
  type Category,
  CHANNELS,
  type Channel,
  casesApi,
  named,
  type StaffCase,
} from './cases-api.ts';
import { useCategoryOptions } from './categories.ts';
import { CaseStatusTag } from './labels.tsx';

const VIEWS = ['all', 'open', 'submitted', 'answered', 'closed'] as const;

/** The list's question from the filters in the address. */
function caseQuery({ values, page, pageSize }: ListQuery): CaseQuery {
  return {
    status: values.status as CaseQuery['status'],
    channel: values.channel as Channel | undefined,
    category: values.category as Category | undefined,
    overdue: values.overdue ? true : undefined,
    mine: values.mine ? true : undefined,
    q: values.q,
    page,
    pageSize,
  };
}

/** Staff: the requests handled in or filed with my subtree's unions; filters kept in the address. */
export default function CaseListPage() {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const categories = useCategoryOptions('staff', false);
  return (
    <RegisterList<StaffCase>
      title={t('case.list.title')}
      testId="case"
      filters={[
        viewsFilter('status', VIEWS, (v) => t(`case.status.${v}`), { every: t('case.list.all') }),
        selectFilter('channel', CHANNELS, (c) => t(`case.channel.${c}`), {
          placeholder: t('case.field.channel'),
        }),
        {
          kind: 'select',
          param: 'category',
          placeholder: t('case.field.category'),
          width: 160,
          showSearch: true,
          options: categories.options,
          loading: categories.state.loading,
          notFound: emptyText(categories.state, undefined, t('case.field.category')),
        },
        { kind: 'toggle', param: 'overdue', label: t('case.list.overdueOnly') },
        { kind: 'check', param: 'mine', label: t('case.list.mineOnly') },
        { kind: 'search', param: 'q', placeholder: t('case.list.search') },
      ]}
      load={(q) => casesApi.list(caseQuery(q))}
      exportHref={(q) => casesApi.listExportUrl(caseQuery(q))}
      exportLabel={t('case.list.export')}
      actions={(list) => <ListImport register="cases" onClosed={list.reload} />}
      create={createLink('cases.handle', t('case.list.create'), 'case-new', '/cases/new')}
      what={t('case.list.what')}
      empty={t('case.list.empty')}
      scroll={{ x: 1100 }}
      columns={[
        linkColumn(t('case.field.description'), 'description', (c) => `/cases/${c.id}`, { ellipsis: true }),
        labelColumn(t('case.field.channel'), 'channel', (c) => t(`case.channel.${c}`), { width: 150 }),
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
              <CaseStatusTag status={c.status} />
              {c.overdue && <Tag color="red">{t('case.overdue')}</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}
