import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { formatCount } from '../../components/format.ts';
import { UnionStatsPage } from '../../components/StatsPage.tsx';
import { PeriodNote } from '../../components/StatsPeriod.tsx';
import { UnionsCard, WholeTable } from '../../components/TableCard.tsx';
import { type WellnessStats, wellnessApi } from './wellness-api.ts';

/** Staff: places offered, allocated and used by year, union and group; distinct workers served; .xlsx export. */
export default function WellnessStatsPage() {
  const { t } = useTranslation();
  return (
    <UnionStatsPage
      title={t('wel.stats.title')}
      area="wellness"
      stats={wellnessApi.stats}
      yearRange={5}
      unionLabel={t('wel.stats.union')}
      xlsx={{ href: wellnessApi.statsUrl }}
      hint={t('wel.stats.hint')}
      pickUnion={t('wel.stats.pickUnion')}
      what={t('wel.what.stats')}
    >
      {(s) => <Figures s={s} />}
    </UnionStatsPage>
  );
}

/** The nomination figures, counted by the batch page's one function (ADR 55). */
const NOMINATIONS = ['nominated', 'substituted', 'withdrawn', 'noShows'] as const;

function Figures({ s }: { s: WellnessStats }) {
  const { t } = useTranslation();
  const nominationColumns = NOMINATIONS.map((k) => countColumn(t(`wel.stats.${k}`), k));
  return (
    <Flex vertical gap={16} data-testid="wel-stats">
      <PeriodNote {...s} states={false} />
      <FigureRow
        card
        figures={(
          [
            ['offered', s.total.offered],
            ['allocated', s.total.allocated],
            ['used', s.total.used],
            ['served', s.served],
          ] as const
        ).map(([k, v]) => ({ title: t(`wel.stats.${k}`), value: formatCount(v), testId: `wel-stat-${k}` }))}
      />
      {s.schemes.map((x) => (
        <Typography.Text key={x.scheme} type="secondary">
          {t('wel.stats.target', {
            scheme: x.scheme,
            from: x.fromYear,
            to: x.toYear,
            target: formatCount(x.targetPeople),
          })}
        </Typography.Text>
      ))}
      <Card title={t('wel.stats.byYear')} size="small">
        <WholeTable
          rowKey={(r) => `${r.year}-${r.kind}`}
          dataSource={s.byYear}
          locale={{ emptyText: t('wel.stats.empty') }}
          data-testid="wel-stats-years"
          columns={[
            { title: t('wel.stats.year'), dataIndex: 'year' },
            { title: t('wel.field.kind'), dataIndex: 'kind', render: (k) => t(`wel.kind.${k}`) },
            countColumn(t('wel.stats.offered'), 'offered'),
            countColumn(t('wel.stats.allocated'), 'allocated'),
            countColumn(t('wel.stats.used'), 'used'),
            countColumn(t('wel.stats.frontLine'), 'frontLine'),
            countColumn(t('wel.stats.newEmployment'), 'newEmployment'),
            ...nominationColumns,
          ]}
        />
      </Card>
      <UnionsCard
        title={t('wel.stats.byUnion')}
        rows={s.byUnion}
        union={t('wel.stats.union')}
        empty={t('wel.stats.empty')}
        columns={[
          countColumn(t('wel.stats.allocated'), 'allocated'),
          countColumn(t('wel.stats.used'), 'used'),
          countColumn(t('wel.kind.recuperation'), 'recuperation'),
          countColumn(t('wel.kind.checkup'), 'checkup'),
          countColumn(t('wel.stats.frontLine'), 'frontLine'),
          countColumn(t('wel.stats.newEmployment'), 'newEmployment'),
          ...nominationColumns,
        ]}
      />
      <FigureNotes notes={s.notes} />
    </Flex>
  );
}
