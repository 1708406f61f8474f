import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { labelColumn } from '../../components/columns.tsx';
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
        {
          title: t('prog.field.name'),
          dataIndex: 'name',
          render: (name: string, row) => (
            <Wrap max={180}>
              <Link to={`/programs/${row.id}`}>{name}</Link>
            </Wrap>
          ),
        },
        {
          title: t('prog.field.owner'),
          dataIndex: 'ownerOrgName',
          render: (v?: string) => <Wrap max={120}>{v ?? '—'}</Wrap>,
        },
        labelColumn(t('prog.field.category'), 'category', (c) => (
          <Wrap max={64}>{t(`prog.category.${c}`)}</Wrap>
        )),
        {
          title: t('prog.field.period'),
          dataIndex: 'periodLabel',
          render: (v: string) => <Wrap max={80}>{periodLabelIn(v, i18n.language)}</Wrap>,
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

/**
 * A cell's text on as many lines as it takes past `max` pixels, never cut: the list fits a 1280-pixel window in
 * English too ("Every year (standing)", "Quota benefit", a program's long name), whose words run wider.
 */
function Wrap({ max, children }: { max: number; children: ReactNode }) {
  return (
    <span className="cell-wrap" style={{ maxWidth: max }}>
      {children}
    </span>
  );
}
