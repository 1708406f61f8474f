import { FileExcelOutlined } from '@ant-design/icons';
import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { UnionStats } from '../../components/StatsPage.tsx';
import { PeriodNote } from '../../components/StatsPeriod.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useUnionStats } from '../../components/useStatsScope.ts';
import { type ContestStats, contestsApi } from './contests-api.ts';

const FIGURES: (keyof ContestStats['totals'])[] = [
  'units',
  'individuals',
  'teams',
  'unitEntries',
  'people',
  'prizes',
];

/**
 * Staff: contest statistics of a union's subtree over a year or a range of days, read from the kept counts; the
 * year is the newest with figures until the clerk picks (so the page never opens on an empty period).
 */
export default function ContestStatsPage() {
  const { t } = useTranslation();
  const scope = useUnionStats(t('contest.stats.title'), 'contests', contestsApi.stats, {
    allUnions: true,
    wholeTree: true,
  });
  const { orgId, period, q, placeholder } = scope;
  return (
    <StatsHeader
      title={t('contest.stats.title')}
      orgId={orgId}
      unionLabel={t('contest.stats.union')}
      union={{ allowClear: true, width: 280, placeholder, testId: 'contest-stats-union' }}
      period={period.control}
      export={{
        href: contestsApi.statsSheetUrl(q),
        icon: <FileExcelOutlined />,
        testId: 'contest-stats-export',
      }}
    >
      <div>
        <UnionStats scope={scope} what={t('contest.stats.what')}>
          {(s) => <Figures s={s} />}
        </UnionStats>
      </div>
    </StatsHeader>
  );
}

function Figures({ s }: { s: ContestStats }) {
  const { t } = useTranslation();
  // an empty period still says which period, whose figures and what each counts, with its figures at 0
  return (
    <>
      {s.from && s.to && <PeriodNote from={s.from} to={s.to} asOf={s.asOf} states={false} />}
      <Typography.Paragraph type="secondary" data-testid="contest-stats-basis">
        {s.org.id === null ? t('contest.stats.allUnions') : s.org.name} · {t('contest.stats.basis')}
      </Typography.Paragraph>
      <FigureRow
        gutter={16}
        col={{ span: 4 }}
        style={{ marginBottom: 24 }}
        testId="contest-stats-totals"
        figures={FIGURES.map((k) => ({ title: t(`contest.stats.${k}`), value: s.totals[k] }))}
      />
      {s.byLevel.length ? <Tables s={s} /> : <Empty description={t('contest.stats.empty')} />}
      <FigureNotes notes={s.notes} />
    </>
  );
}

/** The figures by level of contest, with their total, and the prizes awarded. */
function Tables({ s }: { s: ContestStats }) {
  const { t } = useTranslation();
  return (
    <>
      <Card size="small" title={t('contest.stats.byLevel')} style={{ marginBottom: 16 }}>
        <WholeTable
          rowKey="level"
          dataSource={[...s.byLevel, { level: 'total' as const, ...s.totals }]}
          columns={[
            {
              title: t('contest.field.level'),
              dataIndex: 'level',
              render: (l: string) => (l === 'total' ? t('contest.stats.total') : t(`contest.level.${l}`)),
            },
            ...FIGURES.map((k) => ({
              title: t(`contest.stats.${k}`),
              dataIndex: k,
              align: 'right' as const,
            })),
          ]}
        />
      </Card>
      <Card size="small" title={t('contest.stats.prizeTable')}>
        <WholeTable
          rowKey={(r) => `${r.level}-${r.prize}`}
          dataSource={s.prizes}
          data-testid="contest-stats-prizes"
          columns={[
            labelColumn(t('contest.field.level'), 'level', (l) => t(`contest.level.${l}`)),
            { title: t('contest.result.prize'), dataIndex: 'prize' },
            { title: t('contest.stats.n'), dataIndex: 'n', align: 'right' },
          ]}
        />
      </Card>
    </>
  );
}
