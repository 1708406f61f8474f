import { useTranslation } from 'react-i18next';
import { countColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { formatCount } from '../../components/format.ts';
import { StatsPage } from '../../components/StatsPage.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useWholeRow, WholeRowNote } from '../../components/whole-row.tsx';
import { electionsApi } from './elections-api.ts';

/** Statistics: unions founded and their members, elections held, terms ending and elections overdue, per year. */
export default function ElectionStatsPage() {
  const { t } = useTranslation();
  const whole = useWholeRow();
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
            // the unions overdue stand as on the last day, not summed over the years: the whole period's row, no 合计
            dataSource={[...s.years, { year: whole.label('state', s.asOf), ...s.total, overdue: s.overdue }]}
            columns={[
              { title: t('el.stats.year'), dataIndex: 'year' },
              countColumn(t('el.stats.founded'), 'founded'),
              countColumn(t('el.stats.foundingMembers'), 'foundingMembers'),
              countColumn(t('el.stats.held'), 'held'),
              countColumn(t('el.stats.due'), 'due'),
              countColumn(t('el.stats.overdue', { asOf: s.asOf }), 'overdue'),
            ]}
          />
          <WholeRowNote kind="state" columns={[t('el.stats.overdue', { asOf: s.asOf })]} asOf={s.asOf} />
          <FigureNotes notes={s.notes} />
        </>
      )}
    </StatsPage>
  );
}
