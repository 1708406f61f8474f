import { Empty, Flex, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { labelColumn } from '../../components/columns.tsx';
import { Money } from '../../components/labels.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import type { ReportRow } from '../programs/programs-api.ts';
import { type Figure, FigureTitle, useFigureLabel } from './figures.tsx';

type UnionRow = ReportRow['byUnion'][number];
type Breakdown = NonNullable<ReportRow['breakdown']>;
type BreakdownRow = Breakdown['rows'][number];

/**
 * Count and money columns of the figures, each titled with the date it counts by. For a union-applicant
 * program the people column shows a dash, not 0 beside the unions it counts.
 */
function figureColumns<T extends Partial<Record<Figure, number>>>(
  figures: Figure[],
  { testId, unionApplicants }: { testId?: string; unionApplicants?: (row: T) => boolean } = {},
): ColumnsType<T> {
  return figures.map((f) => ({
    title: <FigureTitle figure={f} short />,
    dataIndex: f,
    align: 'right' as const,
    width: f.endsWith('Fen') ? 112 : 76,
    render: f.endsWith('Fen')
      ? (v: number) => <Money fen={v} testId={testId && f === 'approvedFen' ? testId : undefined} />
      : f === 'people' && unionApplicants
        ? (v: number, r: T) => (unionApplicants(r) ? <PeopleNotCounted /> : v)
        : undefined,
  }));
}

function PeopleNotCounted() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('dash.peopleUnion')}>
      <Typography.Text type="secondary" data-testid="dash-people-union">
        —
      </Typography.Text>
    </Tooltip>
  );
}

/** What the records of a program's applications say: per grade, award level, course or patent type. */
function BreakdownTable({ breakdown, union }: { breakdown: Breakdown; union: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <WholeTable<BreakdownRow>
      rowKey="value"
      title={() => <Typography.Text strong>{t(`dash.breakdown.${breakdown.by}`)}</Typography.Text>}
      dataSource={breakdown.rows}
      data-testid={`dash-breakdown-${breakdown.by}`}
      columns={[
        {
          title: t(`dash.breakdownValue.${breakdown.by}`),
          render: (_, r) => (i18n.language === 'en' ? r.label.en : r.label.zh),
        },
        ...figureColumns<BreakdownRow>(['applications', 'approved', 'people', 'approvedFen', 'paidFen'], {
          unionApplicants: () => union,
        }),
      ]}
    />
  );
}

function ProgramDetail({ row }: { row: ReportRow }) {
  const { t } = useTranslation();
  const union = row.applicantType === 'union';
  return (
    <Flex vertical gap={12}>
      {row.breakdown && <BreakdownTable breakdown={row.breakdown} union={union} />}
      {row.byUnion.length > 0 && (
        <WholeTable<UnionRow>
          rowKey={(u) => String(u.orgId ?? u.name)}
          title={() => <Typography.Text strong>{t('dash.byUnion')}</Typography.Text>}
          dataSource={row.byUnion}
          columns={[
            {
              title: t('dash.union'),
              dataIndex: 'name',
              render: (name: string, u) => (u.self ? t('dash.selfUnion', { name }) : name),
            },
            ...figureColumns<UnionRow>(['applications', 'approved', 'people', 'approvedFen', 'paidFen'], {
              unionApplicants: () => union,
            }),
          ]}
        />
      )}
    </Flex>
  );
}

const expandable = (r: ReportRow) => !!r.byUnion?.length || !!r.breakdown;

/**
 * The report per program; a row opens to its breakdown by record and by the unions below. The `focus` program (come
 * from its page) is marked, opened and scrolled to.
 */
export function ProgramTable({
  rows,
  loading,
  focus,
}: {
  rows: ReportRow[];
  loading: boolean;
  focus?: number;
}) {
  const { t } = useTranslation();
  const label = useFigureLabel();
  const box = useRef<HTMLDivElement>(null);
  const focused = rows.find((r) => r.programId === focus);
  useEffect(() => {
    if (focused) box.current?.querySelector('.dash-focus')?.scrollIntoView({ block: 'center' });
  }, [focused]);
  return (
    <div ref={box}>
      <WholeTable<ReportRow>
        rowKey="programId"
        loading={loading}
        dataSource={rows}
        data-testid="dash-table"
        locale={{ emptyText: <Empty description={t('dash.noPrograms')} data-testid="dash-no-programs" /> }}
        // eleven figures beside the name: at 1440 px 剩余预算 was cut to 剩余预 and 不限 clipped; it scrolls instead
        scroll={{ x: 'max-content' }}
        rowClassName={(r) => (r.programId === focus ? 'dash-focus' : '')}
        expandable={{
          rowExpandable: expandable,
          defaultExpandedRowKeys: focused && expandable(focused) ? [focused.programId] : [],
          expandedRowRender: (r) => <ProgramDetail row={r} />,
        }}
        columns={[
          { title: t('prog.field.name'), dataIndex: 'name' },
          labelColumn(t('prog.field.category'), 'category', (c) => t(`prog.category.${c}`), { width: 76 }),
          ...figureColumns<ReportRow>(
            ['applications', 'approved', 'rejected', 'people', 'unions', 'approvedFen', 'paidFen'],
            { testId: 'dash-approved', unionApplicants: (r) => r.applicantType === 'union' },
          ),
          {
            title: <PeriodTitle label={`${label('quotaUsed')} / ${label('quota')}`} />,
            align: 'right',
            width: 96,
            render: (_, r) =>
              r.quota == null ? `${r.quotaUsed} / ${t('prog.unlimited')}` : `${r.quotaUsed} / ${r.quota}`,
          },
          {
            title: <PeriodTitle label={label('budgetLeftFen')} />,
            dataIndex: 'budgetLeftFen',
            align: 'right',
            width: 112,
            render: (v: number | null) =>
              v == null ? (
                <Typography.Text type="secondary">{t('prog.unlimited')}</Typography.Text>
              ) : (
                <Money fen={v} />
              ),
          },
        ]}
      />
    </div>
  );
}

/** A limit column's name with "over the program period" beneath it, as the figures carry their date. */
function PeriodTitle({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <span>
      {label}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, fontWeight: 'normal' }}>
        {t('dash.col.programPeriod')}
      </Typography.Text>
    </span>
  );
}
