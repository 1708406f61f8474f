import { Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fenColumn, labelColumn } from '../../../components/columns.tsx';
import { FigureNotes } from '../../../components/FigureNotes.tsx';
import { FigureRow } from '../../../components/FigureRow.tsx';
import { LoadGate } from '../../../components/LoadError.tsx';
import { formatFen } from '../../../components/money.ts';
import { StatsHeader } from '../../../components/StatsHeader.tsx';
import { TableCard } from '../../../components/TableCard.tsx';
import { useLoad } from '../../../components/useLoad.ts';
import { useStatsScope } from '../../../components/useStatsScope.ts';
import { LevelTag } from './studio-labels.tsx';
import { type StudioStats, studiosApi } from './studios-api.ts';

/** Studio statistics of a union's subtree over a range of years, read from the maintained counts. */
export default function StudioStatsPage() {
  const { t } = useTranslation();
  const { orgId, period, q: query } = useStatsScope(t('stu.stats.title'), 'innovation', { yearRange: 5 });
  const stats = useLoad(() => studiosApi.stats(query), [query]);

  return (
    <Flex vertical gap={16}>
      <StatsHeader
        title={t('stu.stats.title')}
        orgId={orgId}
        unionLabel={t('stu.stats.union')}
        union={{ testId: 'studio-stats-org' }}
        period={period.control}
        export={{
          href: studiosApi.statsExportUrl(query),
          testId: 'studio-stats-export',
        }}
      />
      <LoadGate state={stats} what={t('stu.stats.what')}>
        {(s) => <StatsView s={s} />}
      </LoadGate>
    </Flex>
  );
}

/** The figures and tables of the studio statistics, every headline figure the .xlsx's 汇总 gives among them. */
export function StatsView({ s }: { s: StudioStats }) {
  const { t } = useTranslation();
  // states as of the period's last day, the rest over the period (each figure says which, issue 41)
  const states = new Set(['districtAndAbove', 'cityAndAbove', 'modelWorkerLed']);
  const figures: { key: string; value: number | string; testId: string }[] = [
    { key: 'districtAndAbove', value: s.districtAndAbove, testId: 'stat-district' },
    { key: 'cityAndAbove', value: s.cityAndAbove, testId: 'stat-city' },
    { key: 'modelWorkerLed', value: s.cityAndAboveModelWorkerLed, testId: 'stat-model-worker' },
    { key: 'promoted', value: s.promoted, testId: 'stat-promoted' },
    { key: 'promotedToCity', value: s.promotedToCity, testId: 'stat-promoted-city' },
    { key: 'revoked', value: s.revoked, testId: 'stat-revoked' },
    { key: 'achievements', value: s.achievements, testId: 'stat-achievements' },
    { key: 'conversions', value: s.conversions, testId: 'stat-conversions' },
    { key: 'conversionAmount', value: formatFen(s.conversionFen), testId: 'stat-conversion-amount' },
    { key: 'patents', value: s.patents, testId: 'stat-patents-granted' },
    { key: 'inventionPatents', value: s.inventionPatents, testId: 'stat-patents' },
    { key: 'projects', value: s.projects, testId: 'stat-projects' },
    { key: 'paid', value: formatFen(s.subsidiesPaidFen), testId: 'stat-paid' },
    { key: 'paidOutside', value: formatFen(s.subsidiesPaidOutsideFen), testId: 'stat-paid-outside' },
  ];
  return (
    <>
      <Card>
        <FigureRow
          col={{ xs: 12, md: 8, xl: 6 }}
          figures={figures.map((f) => ({
            title: t(`stu.stats.${f.key}`),
            value: f.value,
            valueTestId: f.testId,
            note: (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {states.has(f.key)
                  ? t('stu.stats.stateNote', { date: s.asOf })
                  : t('stu.stats.flowNote', { from: s.from, to: s.to })}
              </Typography.Text>
            ),
          }))}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('stu.stats.asOf', { date: s.asOf, from: s.from, to: s.to })}
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <TableCard
            title={t('stu.stats.byLevel')}
            rowKey="level"
            dataSource={s.levels}
            columns={[
              labelColumn(t('stu.field.level'), 'level', (l: StudioStats['levels'][number]['level']) => (
                <LevelTag level={l} />
              )),
              { title: t('stu.stats.count', { date: s.asOf }), dataIndex: 'n', align: 'right' },
              {
                title: t('stu.stats.levelLed', { date: s.asOf }),
                dataIndex: 'modelWorkerLed',
                align: 'right',
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={14}>
          <TableCard
            title={t('stu.stats.subsidies')}
            rowKey="programName"
            dataSource={s.subsidies}
            locale={{ emptyText: t('stu.stats.noSubsidies') }}
            columns={[
              { title: t('stu.detail.program'), dataIndex: 'programName' },
              { title: t('stu.stats.approved'), dataIndex: 'approved', align: 'right' },
              fenColumn(t('stu.detail.paid'), 'paidFen'),
              fenColumn(t('stu.stats.paidOutside'), 'paidOutsideFen'),
            ]}
          />
        </Col>
      </Row>
      <FigureNotes notes={s.notes} />
    </>
  );
}
