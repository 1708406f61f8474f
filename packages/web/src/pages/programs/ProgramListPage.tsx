import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelColumn, linkColumn } from '../../components/columns.tsx';
import { formatCount } from '../../components/format.ts';
import { formatFen } from '../../components/money.ts';
import { createLink, RegisterList, selectFilter } from '../../components/RegisterList.tsx';
import { ProgramStatusTag } from './labels.tsx';
import { periodLabelIn } from './period-label.ts';
import {
  CATEGORIES,
  type Category,
  PROGRAM_STATUSES,
  type ProgramStatus,
  type ProgramSummary,
  programsApi,
} from './programs-api.ts';

/** Staff: the programs of my subtree, filtered by status and category. */
export default function ProgramListPage() {
  const { t, i18n } = useTranslation();
  return (
    <RegisterList<ProgramSummary>
      title={t('prog.listTitle')}
      testId="program"
      filters={[
        selectFilter('status', PROGRAM_STATUSES, (s) => t(`prog.status.${s}`), {
          placeholder: t('prog.field.status'),
          width: 140,
          testId: 'filter-status',
        }),
        selectFilter('category', CATEGORIES, (c) => t(`prog.category.${c}`), {
          placeholder: t('prog.field.category'),
          width: 160,
          testId: 'filter-category',
        }),
        { kind: 'search', param: 'q', placeholder: t('prog.searchName') },
      ]}
      load={({ values, page, pageSize }) =>
        programsApi.list({
          status: values.status as ProgramStatus | undefined,
          category: values.category as Category | undefined,
          q: values.q,
          page,
          pageSize,
        })
      }
      create={createLink('programs.write', t('prog.new'), 'program-new', '/programs/new')}
      empty={t('prog.listEmpty')}
      what={t('load.what.programs')}
      columns={[
        linkColumn(t('prog.field.name'), 'name', (row) => `/programs/${row.id}`),
        { title: t('prog.field.owner'), dataIndex: 'ownerOrgName', render: (v?: string) => v ?? '—' },
        labelColumn(t('prog.field.category'), 'category', (c) => t(`prog.category.${c}`)),
        {
          title: t('prog.field.period'),
          dataIndex: 'periodLabel',
          render: (v: string) => periodLabelIn(v, i18n.language),
        },
        {
          title: t('prog.field.quota'),
          dataIndex: 'quota',
          render: (v: number | null) => (v == null ? t('prog.unlimited') : formatCount(v)),
        },
        {
          title: t('prog.field.budget'),
          dataIndex: 'budgetFen',
          render: (v: number | null) => (v == null ? t('prog.unlimited') : formatFen(v)),
        },
        {
          title: t('prog.field.status'),
          dataIndex: 'status',
          render: (s) => <ProgramStatusTag status={s} />,
        },
        {
          title: t('prog.field.version'),
          dataIndex: 'currentVersion',
          render: (v: number) => <Typography.Text type="secondary">v{v}</Typography.Text>,
        },
      ]}
    />
  );
}
