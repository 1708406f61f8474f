import { useTranslation } from 'react-i18next';
import { countColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { formatCount } from '../../components/format.ts';
import { StatsPage } from '../../components/StatsPage.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { electionsApi } from './elections-api.ts';

/** Statistics: unions founded and their members, elections held, terms ending and elections overdue, per year. */
export default function ElectionStatsPage() {
  const { t } = useTranslation();
  return (
    <StatsPage
      title={t('el.stats.title')}
      area="elections"
      yearRange={7}
      stats={electionsApi.stats}
      xlsx={{ href: electionsApi.statsUrl, testId: 'el-stats-export' }}
      hint={t('el.stats.hint')}
      what={t('el.what.stats')}
    >
      {(s) => (
        <>
          <FigureRow
            card
            figures={[
              {
                title: t('el.stats.overdueNow', { asOf: s.asOf }),
                value: formatCount(s.overdue),
                cardTestId: 'el-stats-overdue',
              },
            ]}
          />
          <WholeTable
            rowKey="year"
            scroll={{ x: 'max-content' }}
            data-testid="el-stats"
            dataSource={[...s.years, { year: t('el.stats.total'), ...s.total, overdue: s.overdue }]}
            columns={[
              { title: t('el.stats.year'), dataIndex: 'year' },
              countColumn(t('el.stats.founded'), 'founded'),
              countColumn(t('el.stats.foundingMembers'), 'foundingMembers'),
              countColumn(t('el.stats.held'), 'held'),
              countColumn(t('el.stats.due'), 'due'),
              countColumn(t('el.stats.overdue', { asOf: s.asOf }), 'overdue'),
            ]}
          />
          <FigureNotes notes={s.notes} />
        </>
      )}
    </StatsPage>
  );
}
