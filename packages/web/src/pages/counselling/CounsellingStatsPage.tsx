import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { formatCount } from '../../components/format.ts';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { UnionStats } from '../../components/StatsPage.tsx';
import { PeriodNote } from '../../components/StatsPeriod.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useUnionStats } from '../../components/useStatsScope.ts';
import { counsellingApi } from './counselling-api.ts';

const cell = (v: number | '<5') => (v === '<5' ? '<5' : formatCount(v));

/** Statistics: sessions, assessments, referrals, counsellors, volunteers and training hours by union and month. */
export default function CounsellingStatsPage() {
  const { t } = useTranslation();
  const scope = useUnionStats(t('csl.stats.title'), 'counselling', counsellingApi.stats);
  const { orgId, period, q, ready } = scope;
  const columns = (first: { title: string; dataIndex: string }, people: boolean) => [
    first,
    ...(
      [
        'sessions',
        'assessments',
        'referrals',
        ...(people ? ['counsellors', 'volunteers'] : []),
        'trainingHours',
      ] as const
    ).map((k) => ({
      title: t(`csl.stats.${k}`),
      dataIndex: k,
      align: 'right' as const,
      render: cell,
    })),
  ];
  return (
    <Flex vertical gap={16}>
      <StatsHeader
        title={t('csl.stats.title')}
        orgId={orgId}
        unionLabel={t('csl.stats.union')}
        period={period.control}
        export={{
          href: counsellingApi.statsUrl(q),
          label: t('csl.stats.export'),
          disabled: !ready,
          testId: 'csl-stats-export',
        }}
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('csl.stats.hint')}
        </Typography.Paragraph>
      </StatsHeader>
      <UnionStats scope={scope} pickUnion={t('csl.stats.pickUnion')} what={t('csl.what.stats')}>
        {(s) => (
          <Flex vertical gap={16} data-testid="csl-stats">
            <PeriodNote {...s} />
            <Card title={t('csl.stats.byUnion')} size="small">
              <WholeTable
                rowKey="orgName"
                data-testid="csl-stats-union"
                dataSource={[...s.byUnion, { orgId: 0, orgName: t('csl.stats.total'), ...s.total }]}
                columns={columns({ title: t('csl.stats.union'), dataIndex: 'orgName' }, true)}
              />
            </Card>
            <Card title={t('csl.stats.byMonth')} size="small">
              <WholeTable
                rowKey="month"
                data-testid="csl-stats-month"
                dataSource={s.byMonth}
                columns={columns({ title: t('csl.stats.month'), dataIndex: 'month' }, false)}
              />
            </Card>
            <FigureNotes notes={s.notes} />
          </Flex>
        )}
      </UnionStats>
    </Flex>
  );
}
