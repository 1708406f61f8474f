import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Money } from '../programs/labels.tsx';
import type { ReportRow } from '../programs/programs-api.ts';
import { type Figure, FigureTitle } from './figures.tsx';

type UnionRow = ReportRow['byUnion'][number];
type Breakdown = NonNullable<ReportRow['breakdown']>;
type BreakdownRow = Breakdown['rows'][number];

/** Count and money columns of the figures, each titled with the date it counts by. */
function figureColumns<T extends Partial<Record<Figure, number>>>(
  figures: Figure[],
  testId?: string,
): ColumnsType<T> {
  return figures.map((f) => ({
    title: <FigureTitle figure={f} />,
    dataIndex: f,
    align: 'right' as const,
    render: f.endsWith('Fen')
      ? (v: number) => <Money fen={v} testId={testId && f === 'approvedFen' ? testId : undefined} />
      : undefined,
  }));
}

/** What the records of a program's applications say: per grade, award level, course or patent type. */
function BreakdownTable({ breakdown }: { breakdown: Breakdown }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<BreakdownRow>
      size="small"
      rowKey="value"
      pagination={false}
      title={() => <Typography.Text strong>{t(`dash.breakdown.${breakdown.by}`)}</Typography.Text>}
      dataSource={breakdown.rows}
      data-testid={`dash-breakdown-${breakdown.by}`}
      columns={[
        {
          title: t(`dash.breakdownValue.${breakdown.by}`),
          render: (_, r) => (i18n.language === 'en' ? r.label.en : r.label.zh),
        },
        ...figureColumns<BreakdownRow>(['applications', 'approved', 'people', 'approvedFen', 'paidFen']),
      ]}
    />
  );
}

function ProgramDetail({ row }: { row: ReportRow }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      {row.breakdown && <BreakdownTable breakdown={row.breakdown} />}
      {row.byUnion.length > 0 && (
        <Table<UnionRow>
          size="small"
          rowKey={(u) => String(u.orgId ?? u.name)}
          pagination={false}
          title={() => <Typography.Text strong>{t('dash.byUnion')}</Typography.Text>}
          dataSource={row.byUnion}
          columns={[
            {
              title: t('dash.union'),
              dataIndex: 'name',
              render: (name: string, u) => (u.self ? t('dash.selfUnion', { name }) : name),
            },
            ...figureColumns<UnionRow>(['applications', 'approved', 'people', 'approvedFen', 'paidFen']),
          ]}
        />
      )}
    </Flex>
  );
}

/** The report per program; a row opens to its breakdown by record and by the unions below. */
export function ProgramTable({ rows, loading }: { rows: ReportRow[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<ReportRow>
      rowKey="programId"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1300 }}
      data-testid="dash-table"
      expandable={{
        rowExpandable: (r) => !!r.byUnion?.length || !!r.breakdown,
        expandedRowRender: (r) => <ProgramDetail row={r} />,
      }}
      columns={[
        { title: t('prog.field.name'), dataIndex: 'name', fixed: 'left', width: 240 },
        {
          title: t('prog.field.category'),
          dataIndex: 'category',
          render: (c: string) => t(`prog.category.${c}`),
        },
        ...figureColumns<ReportRow>(
          ['applications', 'approved', 'rejected', 'people', 'unions', 'approvedFen', 'paidFen'],
          'dash-approved',
        ),
        {
          title: t('dash.col.quota'),
          align: 'right',
          render: (_, r) =>
            r.quota == null ? `${r.quotaUsed} / ${t('prog.unlimited')}` : `${r.quotaUsed} / ${r.quota}`,
        },
        {
          title: t('dash.col.budgetLeft'),
          dataIndex: 'budgetLeftFen',
          align: 'right',
          render: (v: number | null) =>
            v == null ? (
              <Typography.Text type="secondary">{t('prog.unlimited')}</Typography.Text>
            ) : (
              <Money fen={v} />
            ),
        },
      ]}
    />
  );
}
