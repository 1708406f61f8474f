import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fenColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { formatFen } from '../../components/money.ts';
import { UnionStatsPage } from '../../components/StatsPage.tsx';
import { PeriodNote } from '../../components/StatsPeriod.tsx';
import { UnionsCard } from '../../components/TableCard.tsx';
import { type DonationStats, donationsApi } from './donations-api.ts';

/** Staff: donations received by a union's subtree in a year, read from the maintained counts, with an .xlsx export. */
export default function DonationStatsPage() {
  const { t } = useTranslation();
  return (
    <UnionStatsPage
      title={t('don.stats.title')}
      area="donations"
      stats={donationsApi.stats}
      unionLabel={t('don.stats.union')}
      xlsx={{
        href: donationsApi.statsExportUrl,
        testId: 'donation-stats-export',
      }}
      pickUnion={t('don.stats.pickUnion')}
      what={t('don.stats.what')}
    >
      {(s) => <Figures s={s} />}
    </UnionStatsPage>
  );
}

function Figures({ s }: { s: DonationStats }) {
  const { t } = useTranslation();
  const note = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  return (
    <Flex vertical gap={16} data-testid="donation-stats">
      <Typography.Text type="secondary">{s.orgName}</Typography.Text>
      <PeriodNote {...s} states={false} />
      <FigureRow
        card
        figures={[
          {
            title: t('don.stats.moneyFen'),
            value: formatFen(s.moneyFen),
            note: note(t('don.stats.count', { count: s.moneyCount })),
          },
          {
            title: t('don.stats.goodsFen'),
            value: formatFen(s.goodsFen),
            note: note(t('don.stats.goodsCount', { count: s.goodsCount })),
          },
          { title: t('don.stats.fundIncome'), value: formatFen(s.fundIncomeFen) },
        ]}
      />
      <UnionsCard
        title={t('don.stats.byUnion')}
        rows={s.byUnion.map((u) => (u.own ? { ...u, orgName: t('don.stats.own', { name: u.orgName }) } : u))}
        union={t('don.field.union')}
        empty={t('don.stats.byUnionEmpty')}
        columns={[
          fenColumn(t('don.stats.moneyFen'), 'moneyFen'),
          fenColumn(t('don.stats.goodsFen'), 'goodsFen'),
        ]}
      />
      <FigureNotes notes={s.notes} />
    </Flex>
  );
}
