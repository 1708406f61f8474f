import { Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { UnionStats } from '../../components/StatsPage.tsx';
import { PeriodNote, periodParams } from '../../components/StatsPeriod.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useUnionStats } from '../../components/useStatsScope.ts';
import { selectionsApi } from './selections-api.ts';

/** Selection statistics of a union's subtree for a year: nominations and titles by title and category. */
export default function SelectionStatsPage() {
  const { t } = useTranslation();
  const scope = useUnionStats(t('sel.stats.title'), 'selections', selectionsApi.stats, {
    allUnions: true,
    wholeTree: true,
  });
  const { orgId, period, q, placeholder, ready } = scope;
  const exportUrl = `/api/reports/selections/export.xlsx?${periodParams(q)}`;
  return (
    <StatsHeader
      title={t('sel.stats.title')}
      orgId={orgId}
      unionLabel={t('sel.stats.scope')}
      union={{ allowClear: true, width: 280, placeholder }}
      period={period.control}
      export={{
        href: exportUrl,
        disabled: !ready,
        testId: 'sel-stats-export',
      }}
    >
      <div>
        <UnionStats scope={scope} what={t('sel.stats.title')}>
          {(s) => (
            <>
              <PeriodNote {...s} states={false} />
              <Flex gap={48} style={{ marginBottom: 16, marginTop: 8 }}>
                <Statistic
                  title={t('sel.stats.scope')}
                  value={s.org.id === null ? t('sel.stats.allUnions') : s.org.name}
                  data-testid="sel-stats-scope"
                />
                <Statistic title={t('sel.stats.nominations')} value={s.nominations} />
                <Statistic title={t('sel.stats.titles')} value={s.titles} data-testid="sel-stats-titles" />
              </Flex>
              <WholeTable
                rowKey={(r) => `${r.title}-${r.category}`}
                dataSource={s.items}
                locale={{ emptyText: t('sel.stats.empty') }}
                columns={[
                  { title: t('sel.field.title'), dataIndex: 'title' },
                  { title: t('sel.field.category'), dataIndex: 'category' },
                  { title: t('sel.stats.nominations'), dataIndex: 'nominations' },
                  { title: t('sel.stats.titles'), dataIndex: 'titles' },
                ]}
              />
              <p style={{ color: 'var(--muted)', marginTop: 12 }}>{t('sel.stats.basis')}</p>
              <FigureNotes notes={s.notes} />
            </>
          )}
        </UnionStats>
      </div>
    </StatsHeader>
  );
}
