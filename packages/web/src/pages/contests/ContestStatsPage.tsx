import { FileExcelOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { labelColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { LoadError, Loading } from '../../components/LoadError.tsx';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { PeriodNote, useStatsPeriod } from '../../components/StatsPeriod.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useStatsUnion } from '../../components/useHomeOrg.ts';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type ContestStats, contestsApi, type StatsQuery } from './contests-api.ts';

type Figures = ContestStats['totals'];
const FIGURES: (keyof Figures)[] = ['units', 'individuals', 'teams', 'unitEntries', 'people', 'prizes'];

/**
 * Staff: contest statistics of a union's subtree over a year or a range of days, read from the kept counts; the
 * year is the newest with figures until the clerk picks (so the page never opens on an empty period).
 */
export default function ContestStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('contest.stats.title'));
  const [params] = useListParams();
  const { orgId, placeholder } = useStatsUnion(params.get('orgId'));
  const period = useStatsPeriod('contests', orgId);
  const query = useMemo<StatsQuery>(() => ({ orgId, ...period.query }), [orgId, period.query]);
  const stats = useLoad(
    () => (period.ready ? contestsApi.stats(query) : Promise.resolve(undefined)),
    [period.ready, query],
  );

  const body = () => {
    if (stats.error)
      return <LoadError error={stats.error} retry={stats.reload} what={t('contest.stats.what')} />;
    if (!stats.data) return <Loading />;
    const s = stats.data;
    if (!s.byLevel.length) return <Empty description={t('contest.stats.empty')} />;
    return (
      <>
        {s.from && s.to && <PeriodNote from={s.from} to={s.to} asOf={s.to} states={false} />}
        <Typography.Paragraph type="secondary" data-testid="contest-stats-basis">
          {s.org.id === null ? t('contest.stats.allUnions') : s.org.name} · {t('contest.stats.basis')}
        </Typography.Paragraph>
        <Row gutter={16} style={{ marginBottom: 24 }} data-testid="contest-stats-totals">
          {FIGURES.map((k) => (
            <Col span={4} key={k}>
              <Statistic title={t(`contest.stats.${k}`)} value={s.totals[k]} />
            </Col>
          ))}
        </Row>
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
        <FigureNotes notes={s.notes} />
      </>
    );
  };

  return (
    <StatsHeader
      title={t('contest.stats.title')}
      orgId={orgId}
      unionLabel={t('contest.stats.union')}
      union={{ allowClear: true, width: 280, placeholder, testId: 'contest-stats-union' }}
      period={period.control}
      export={{
        href: contestsApi.statsSheetUrl(query),
        label: t('contest.stats.export'),
        icon: <FileExcelOutlined />,
        testId: 'contest-stats-export',
      }}
    >
      <div>{body()}</div>
    </StatsHeader>
  );
}
