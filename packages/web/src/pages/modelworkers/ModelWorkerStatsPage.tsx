import { Card, Col, Empty, Flex, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countColumn, labelColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { formatCount, formatFen } from '../../components/format.ts';
import { StatsPage } from '../../components/StatsPage.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { unionTreeColumn } from '../../components/union-tree.tsx';
import { LEVELS, modelWorkersApi } from './modelworkers-api.ts';

/**
 * Statistics: the living model workers by level and by the unions one level below as they stood on the period's
 * last day (the retired among them, the deceased apart), the titles of the period, the studios they lead (the
 * register's one count, as of that day), and the visits made to them. Every figure says as of which day.
 */
export default function ModelWorkerStatsPage() {
  const { t } = useTranslation();
  const count = (n: number) => formatCount(n);
  return (
    <StatsPage
      title={t('mw.stats.title')}
      area="modelworkers"
      stats={modelWorkersApi.stats}
      xlsx={{ href: modelWorkersApi.statsUrl, label: t('mw.stats.export'), testId: 'mw-stats-export' }}
      what={t('mw.what.stats')}
    >
      {(s) => (
        <>
          <FigureRow
            card
            col={{ xs: 12, md: 6, lg: 3 }}
            figures={(
              [
                ['total', s.byLevel.total, t('mw.stats.asOf', { asOf: s.asOf })],
                ['retired', s.byLevel.retired, t('mw.stats.asOf', { asOf: s.asOf })],
                ['deceased', s.byLevel.deceased, t('mw.stats.deceasedNote', { asOf: s.asOf })],
                ['national', s.byLevel.national, t('mw.stats.asOf', { asOf: s.asOf })],
                ['city', s.byLevel.city, t('mw.stats.asOf', { asOf: s.asOf })],
                [
                  'studiosLed',
                  s.studios.cityLed,
                  t('mw.stats.studiosLedNote', { asOf: s.asOf, n: count(s.studios.cityTotal) }),
                ],
                ['visits', s.visits.visits, t('mw.stats.inPeriod')],
                ['visited', s.visits.people, t('mw.stats.inPeriod')],
              ] as const
            ).map(([key, n, note]) => ({
              title: t(`mw.stats.${key}`),
              value: count(n),
              cardTestId: `mw-stats-${key}`,
              note: (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {note}
                </Typography.Text>
              ),
            }))}
          />
          <Typography.Text type="secondary">{t('mw.stats.unionsNote', { asOf: s.asOf })}</Typography.Text>
          <WholeTable
            rowKey={(r) => String(r.orgId)}
            data-testid="mw-stats-unions"
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={t('mw.stats.empty')} /> }}
            dataSource={s.byUnion}
            summary={() =>
              s.byUnion.length > 0 && (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t('mw.stats.sum')}</Table.Summary.Cell>
                  {[...LEVELS, 'total' as const, 'retired' as const, 'deceased' as const].map((l, i) => (
                    <Table.Summary.Cell index={i + 1} key={l} align="right">
                      {count(s.byLevel[l])}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              )
            }
            columns={[
              unionTreeColumn(s.byUnion, {
                title: t('mw.stats.union'),
                render: (n: string | null) => n ?? t('mw.stats.own'),
              }),
              ...[...LEVELS, 'total' as const, 'retired' as const, 'deceased' as const].map((l) =>
                countColumn(
                  l === 'total' || l === 'retired' || l === 'deceased'
                    ? t(`mw.stats.${l}`)
                    : t(`mw.level.${l}`),
                  l,
                ),
              ),
            ]}
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <Card size="small" title={t('mw.stats.titles')}>
                <WholeTable
                  rowKey={(r) => `${r.level}-${r.kind}`}
                  dataSource={s.honours}
                  locale={{ emptyText: <Empty description={t('mw.stats.noTitles')} /> }}
                  columns={[
                    labelColumn(t('mw.field.level'), 'level', (l) => t(`mw.level.${l}`)),
                    labelColumn(t('mw.field.kind'), 'kind', (k) => t(`mw.kind.${k}`)),
                    countColumn(t('mw.stats.n'), 'n'),
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card size="small" title={t('mw.stats.care')}>
                <Flex vertical gap={4}>
                  <span>
                    {t('mw.stats.studiosLine', {
                      asOf: s.asOf,
                      led: count(s.studios.cityLed),
                      total: count(s.studios.cityTotal),
                      all: count(s.studios.led),
                    })}
                  </span>
                  <span>
                    {t('mw.stats.visitsLine', {
                      visits: count(s.visits.visits),
                      people: count(s.visits.people),
                      grant: formatFen(s.visits.grantFen),
                    })}
                  </span>
                </Flex>
              </Card>
            </Col>
          </Row>
          <FigureNotes notes={s.notes} />
        </>
      )}
    </StatsPage>
  );
}
