import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FigureNotes, useWords } from '../../components/FigureNotes.tsx';
import { formatCount } from '../../components/format.ts';
import { StatsPage } from '../../components/StatsPage.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { unionTreeColumn } from '../../components/union-tree.tsx';
import { useWholeRow, WholeRowNote } from '../../components/whole-row.tsx';
import { congressesApi } from './congresses-api.ts';

type Stats = Awaited<ReturnType<typeof congressesApi.stats>>;
type Row = Stats['total'];

const pct = (r: Row) =>
  r.rated ? `${(Math.round(((r.satisfied + r.basic) * 1000) / r.rated) / 10).toFixed(1)}%` : '—';

/** Statistics: congresses held on time, proposals filed, accepted, answered in time and satisfaction, by year and union. */
export default function CongressStatsPage() {
  const { t } = useTranslation();
  const words = useWords();
  const whole = useWholeRow();
  // the columns are the figures the answer names, each titled as its note says (the export's headers alike)
  const columns = (s: Stats) =>
    s.notes.map((f) => ({
      title: <span title={words(f.note)}>{words(f.label)}</span>,
      key: f.key,
      align: 'right' as const,
      render: (_: unknown, r: Row) =>
        f.key === 'satisfaction' ? pct(r) : formatCount(r[f.key as keyof Row] as number),
    }));
  return (
    <StatsPage
      title={t('cong.stats.title')}
      area="congresses"
      yearRange={3}
      stats={congressesApi.stats}
      xlsx={{ href: congressesApi.statsUrl, testId: 'cong-stats-export' }}
      hint={t('cong.stats.hint')}
      what={t('cong.what.stats')}
    >
      {(s) => {
        const unions = [
          ...s.unions.map((u) => ({
            key: `${u.orgId}-${u.own}`,
            label: u.own ? `${u.orgName}${t('cong.stats.own')}` : u.orgName,
            ...u,
          })),
          { key: 'total', label: t('cong.stats.total'), ...s.total },
        ];
        return (
          <>
            <FigureNotes notes={s.notes} />
            <Typography.Title level={5}>{t('cong.stats.byYear')}</Typography.Title>
            <WholeTable
              rowKey="key"
              data-testid="cong-stats-years"
              dataSource={[
                ...s.years.map((y) => ({ key: String(y.year), label: String(y.year), ...y })),
                // 职代会数 stands as on the last day, not summed over the years: the whole period's row, no 合计
                { key: 'total', label: whole.label('state', s.asOf), ...s.total },
              ]}
              columns={[{ title: t('cong.field.year'), dataIndex: 'label' }, ...columns(s)]}
            />
            <WholeRowNote
              kind="state"
              columns={s.notes.filter((n) => n.key === 'congresses').map((n) => words(n.label))}
              asOf={s.asOf}
            />
            <Typography.Title level={5}>{t('cong.stats.byUnion')}</Typography.Title>
            <WholeTable
              rowKey="key"
              data-testid="cong-stats-unions"
              dataSource={unions}
              columns={[
                unionTreeColumn(unions, { title: t('cong.field.union'), dataIndex: 'label' }),
                ...columns(s),
              ]}
            />
          </>
        );
      }}
    </StatsPage>
  );
}
