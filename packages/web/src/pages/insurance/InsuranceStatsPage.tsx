import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countColumn, fenColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { formatCount } from '../../components/format.ts';
import { StatsPage } from '../../components/StatsPage.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { insuranceApi } from './insurance-api.ts';

/**
 * Statistics: group insurance per year over a range of years or any days, with the total, and the policies in
 * force, people covered and open claims as they stood on the last day.
 */
export default function InsuranceStatsPage() {
  const { t } = useTranslation();
  return (
    <StatsPage
      title={t('ins.stats.title')}
      area="insurance"
      yearRange={7}
      stats={insuranceApi.stats}
      xlsx={{ href: insuranceApi.statsUrl, testId: 'ins-stats-export' }}
      hint={t('ins.stats.hint')}
      what={t('ins.what.stats')}
    >
      {(s) => (
        <>
          <FigureRow
            card
            testId="ins-stats-states"
            figures={(
              [
                ['inForce', s.states.inForce],
                ['insuredOn', s.states.insured],
                ['openClaims', s.states.openClaims],
              ] as const
            ).map(([key, n]) => ({
              title: t(`ins.stats.${key}`),
              value: formatCount(n),
              cardTestId: `ins-stats-${key}`,
              note: (
                <Typography.Text type="secondary">{t('ins.stats.states', { asOf: s.asOf })}</Typography.Text>
              ),
            }))}
          />
          <WholeTable
            rowKey="year"
            data-testid="ins-stats"
            dataSource={[...s.years, { year: t('ins.stats.total'), ...s.total }]}
            columns={[
              { title: t('ins.stats.year'), dataIndex: 'year' },
              { title: t('ins.stats.policies'), dataIndex: 'policies', align: 'right' },
              countColumn(t('ins.stats.insured'), 'insured'),
              fenColumn(t('ins.stats.premium'), 'premiumFen'),
              { title: t('ins.stats.filed'), dataIndex: 'claimsFiled', align: 'right' },
              { title: t('ins.stats.paid'), dataIndex: 'claimsPaid', align: 'right' },
              fenColumn(t('ins.stats.paidFen'), 'paidFen'),
            ]}
          />
          <FigureNotes notes={s.notes} />
        </>
      )}
    </StatsPage>
  );
}
