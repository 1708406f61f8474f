import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fenColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
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
  const card = (title: string, value: string, note?: string) => (
    <Col xs={12} md={6}>
      <Card size="small">
        <Statistic title={title} value={value} />
        {note && <Typography.Text type="secondary">{note}</Typography.Text>}
      </Card>
    </Col>
  );
  return (
    <Flex vertical gap={16} data-testid="donation-stats">
      <Typography.Text type="secondary">{s.orgName}</Typography.Text>
      <PeriodNote {...s} states={false} />
      <Row gutter={[16, 16]}>
        {card(t('don.stats.moneyFen'), formatFen(s.moneyFen), t('don.stats.count', { count: s.moneyCount }))}
        {card(
          t('don.stats.goodsFen'),
          formatFen(s.goodsFen),
          t('don.stats.goodsCount', { count: s.goodsCount }),
        )}
        {card(t('don.stats.fundIncome'), formatFen(s.fundIncomeFen))}
      </Row>
      <UnionsCard
        title={t('don.stats.byUnion')}
        rows={s.byUnion}
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
