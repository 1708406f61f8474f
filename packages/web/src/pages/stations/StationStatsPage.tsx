import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { formatCount } from '../../components/format.ts';
import { listSeparator } from '../../components/listSeparator.ts';
import { UnionStatsPage } from '../../components/StatsPage.tsx';
import { PeriodNote } from '../../components/StatsPeriod.tsx';
import { PagedTable, UnionsCard, WholeTable } from '../../components/TableCard.tsx';
import { KINDS, type StationStats, stationsApi } from './stations-api.ts';

/** Statistics: stations by kind and union as of a day, visits per station and month, goods handed out; .xlsx. */
export default function StationStatsPage() {
  const { t } = useTranslation();
  return (
    <UnionStatsPage
      title={t('st.stats.title')}
      area="stations"
      stats={stationsApi.stats}
      allUnions
      xlsx={{ href: stationsApi.statsExportUrl, testId: 'st-stats-export' }}
      what={t('st.what.stats')}
    >
      {(s) => <Figures s={s} />}
    </UnionStatsPage>
  );
}

/** Goods handed out, a total per unit (25份、2箱): units are never added together. */
const goodsText = (byUnit: StationStats['totals']['goodsByUnit']) =>
  byUnit.length ? byUnit.map((g) => `${formatCount(g.quantity)}${g.unit}`).join(listSeparator()) : 0;

function Figures({ s }: { s: StationStats }) {
  const { t } = useTranslation();
  const card = (title: string, value: number | string, note?: string, testId?: string) => (
    // two a line on a phone, three on a tablet, all five on a desk
    <Col xs={12} sm={8} lg={4}>
      <Card size="small">
        <Statistic
          title={title}
          value={typeof value === 'number' ? formatCount(value) : value}
          valueRender={(v) => <span data-testid={testId}>{v}</span>}
        />
        {note && <Typography.Text type="secondary">{note}</Typography.Text>}
      </Card>
    </Col>
  );
  return (
    <Flex vertical gap={16} data-testid="st-stats">
      <PeriodNote {...s} />
      <Row gutter={[16, 16]}>
        {card(t('st.stats.stations'), s.totals.stations, undefined, 'st-stats-stations')}
        {card(t('st.stats.uninspected'), s.totals.uninspected)}
        {card(
          t('st.stats.visits'),
          s.totals.visits,
          s.totals.registerVisits
            ? t('st.stats.qrRegister', {
                n: formatCount(s.totals.qrVisits),
                r: formatCount(s.totals.registerVisits),
              })
            : t('st.stats.qr', { n: formatCount(s.totals.qrVisits) }),
          'st-stats-visits',
        )}
        {card(t('st.stats.goods'), goodsText(s.totals.goodsByUnit), undefined, 'st-stats-goods')}
        {card(t('st.stats.inspections'), s.totals.inspections)}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('st.stats.byKind', { asOf: s.asOf })}>
            <WholeTable
              rowKey="kind"
              dataSource={s.byKind}
              columns={[
                { title: t('st.field.kind'), key: 'kind', render: (_, r) => t(`st.kind.${r.kind}`) },
                countColumn(t('st.stats.stations'), 'n'),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <UnionsCard
            title={t('st.stats.byUnion', { asOf: s.asOf })}
            rows={s.byUnion}
            union={t('st.field.union')}
            pageSize={10}
            columns={[
              ...KINDS.map((k) => countColumn(t(`st.kind.${k}`), k)),
              countColumn(t('st.stats.total'), 'total'),
            ]}
          />
        </Col>
      </Row>
      <Card size="small" title={t('st.stats.byStation')}>
        <PagedTable
          pageSize={20}
          rowKey="stationId"
          scroll={{ x: 'max-content' }}
          dataSource={s.visits}
          data-testid="st-stats-stations-table"
          columns={[
            { title: t('st.stats.station'), dataIndex: 'name', fixed: 'left', width: 240 },
            ...s.months.map((m, i) => ({
              title: m,
              key: m,
              align: 'right' as const,
              render: (_: unknown, r: StationStats['visits'][number]) => formatCount(r.byMonth[i]),
            })),
            countColumn(t('st.stats.total'), 'total'),
          ]}
        />
      </Card>
      <Card size="small" title={t('st.stats.goodsTitle')}>
        <WholeTable
          rowKey={(r) => `${r.item}-${r.unit}`}
          dataSource={s.goods}
          columns={[
            { title: t('st.detail.item'), dataIndex: 'item' },
            { title: t('st.detail.unit'), dataIndex: 'unit' },
            countColumn(t('st.detail.quantity'), 'quantity'),
          ]}
        />
      </Card>
      <FigureNotes notes={s.notes} />
    </Flex>
  );
}
