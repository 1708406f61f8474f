import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { formatCount } from '../../components/format.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { PeriodNote } from '../../components/StatsPeriod.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useStatsScope } from '../../components/useStatsScope.ts';
import { electionsApi } from './elections-api.ts';

/** Statistics: unions founded and their members, elections held, terms ending and elections overdue, per year. */
export default function ElectionStatsPage() {
  const { t } = useTranslation();
  const { orgId, period, q } = useStatsScope(t('el.stats.title'), 'elections', { yearRange: 7 });
  const stats = useLoad(() => electionsApi.stats(q), [q]);
  const count = (n: number) => formatCount(n);
  return (
    <StatsHeader
      title={t('el.stats.title')}
      orgId={orgId}
      period={period.control}
      export={{ href: electionsApi.statsUrl(q), label: t('el.stats.export'), testId: 'el-stats-export' }}
    >
      <Typography.Text type="secondary">{t('el.stats.hint')}</Typography.Text>
      <LoadGate state={stats} what={t('el.what.stats')}>
        {(s) => (
          <Flex vertical gap={16}>
            <PeriodNote from={s.from} to={s.to} asOf={s.asOf} />
            <Row gutter={[16, 16]}>
              <Col xs={12} md={6}>
                <Card size="small" data-testid="el-stats-overdue">
                  <Statistic title={t('el.stats.overdueNow', { asOf: s.asOf })} value={count(s.overdue)} />
                </Card>
              </Col>
            </Row>
            <WholeTable
              rowKey="year"
              scroll={{ x: 'max-content' }}
              data-testid="el-stats"
              dataSource={[...s.years, { year: t('el.stats.total'), ...s.total, overdue: s.overdue }]}
              columns={[
                { title: t('el.stats.year'), dataIndex: 'year' },
                { title: t('el.stats.founded'), dataIndex: 'founded', align: 'right', render: count },
                {
                  title: t('el.stats.foundingMembers'),
                  dataIndex: 'foundingMembers',
                  align: 'right',
                  render: count,
                },
                { title: t('el.stats.held'), dataIndex: 'held', align: 'right', render: count },
                { title: t('el.stats.due'), dataIndex: 'due', align: 'right', render: count },
                {
                  title: t('el.stats.overdue', { asOf: s.asOf }),
                  dataIndex: 'overdue',
                  align: 'right',
                  render: count,
                },
              ]}
            />
            <FigureNotes notes={s.notes} />
          </Flex>
        )}
      </LoadGate>
    </StatsHeader>
  );
}
