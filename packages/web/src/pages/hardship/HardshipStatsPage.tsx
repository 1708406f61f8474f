import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { UnionStats } from '../../components/StatsPage.tsx';
import { PeriodNote } from '../../components/StatsPeriod.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useUnionStats } from '../../components/useStatsScope.ts';
import { hardshipApi } from './hardship-api.ts';

/**
 * Staff: hardship files of a union's subtree (my own union unless another is chosen; the administrator, who has
 * none, chooses one) for a year — in force and expired at its end, verified in it, by level and cause.
 */
export default function HardshipStatsPage() {
  const { t } = useTranslation();
  const scope = useUnionStats(t('hs.stats.title'), 'hardship', hardshipApi.stats);
  const { orgId, period, q, ready } = scope;
  return (
    <StatsHeader
      title={t('hs.stats.title')}
      orgId={orgId}
      union={{ placeholder: t('hs.stats.pickUnion'), width: 240, testId: 'hardship-stats-org' }}
      period={period.control}
      export={{
        href: ready ? hardshipApi.statsExportUrl(q) : undefined,
        disabled: !ready,
      }}
    >
      <UnionStats scope={scope} pickUnion={t('hs.stats.pickUnion')} what={t('hs.stats.what')}>
        {(s) => (
          <Flex vertical gap={16}>
            <PeriodNote {...s} />
            <FigureRow
              gutter={16}
              col={{ xs: 24, md: 8 }}
              figures={[
                {
                  title: t('hs.stats.inForce', { date: s.asOf }),
                  value: s.inForce,
                  testId: 'hardship-stat-inforce',
                },
                { title: t('hs.stats.expired'), value: s.expired },
                { title: t('hs.stats.verified'), value: s.verified },
              ]}
            />
            <WholeTable
              rowKey="level"
              dataSource={s.byLevel}
              columns={[
                labelColumn(t('hs.field.level'), 'level', (l) => t(`hs.level.${l}`)),
                { title: t('hs.stats.inForceShort'), dataIndex: 'inForce', align: 'right' },
                { title: t('hs.stats.expired'), dataIndex: 'expired', align: 'right' },
                { title: t('hs.stats.verifiedShort'), dataIndex: 'verified', align: 'right' },
              ]}
            />
            <WholeTable
              rowKey="cause"
              dataSource={s.byCause}
              locale={{ emptyText: t('hs.stats.noCause') }}
              columns={[
                labelColumn(t('hs.field.causes'), 'cause', (c) => t(`hs.cause.${c}`)),
                { title: t('hs.stats.inForceShort'), dataIndex: 'inForce', align: 'right' },
              ]}
            />
            <FigureNotes notes={s.notes} />
          </Flex>
        )}
      </UnionStats>
    </StatsHeader>
  );
}
