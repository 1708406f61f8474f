import { Button, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { PeriodNote, useStatsPeriod } from '../../components/StatsPeriod.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { unionTreeColumn } from '../../components/union-tree.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { learningApi, type Stats } from './learning-api.ts';

type Line = Stats['byCourse'][number];

/** Enrolments, completions and hours of a year by course, site and union, with the .xlsx export. */
export function StatsTab() {
  const { t } = useTranslation();
  const period = useStatsPeriod('learning', undefined);
  const stats = useLoad(
    () => (period.ready ? learningApi.stats(period.query) : new Promise<never>(() => undefined)),
    [period.query, period.ready],
  );
  const table = (title: string, rows: Line[], testId: string) => (
    <WholeTable<Line>
      rowKey="key"
      title={() => title}
      dataSource={rows}
      data-testid={testId}
      locale={{ emptyText: t('learn.stats.empty') }}
      columns={[
        unionTreeColumn(rows, { title: t('learn.stats.name'), dataIndex: 'name' }),
        { title: t('learn.stats.enrolments'), dataIndex: 'enrolments', width: 110 },
        { title: t('learn.stats.completions'), dataIndex: 'completions', width: 110 },
        { title: t('learn.stats.hours'), dataIndex: 'hours', width: 130 },
      ]}
    />
  );
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }} align="middle">
        <Col>{period.control}</Col>
        <Col>
          <Button
            href={period.ready ? learningApi.statsXlsxUrl(period.query) : undefined}
            disabled={!period.ready}
          >
            {t('learn.stats.export')}
          </Button>
        </Col>
      </Row>
      <LoadGate state={stats} what={t('learn.stats.what')}>
        {(s) => (
          <>
            <PeriodNote {...s} states={false} union={s.orgName} />
            <FigureRow
              gutter={16}
              col={{ span: 6 }}
              style={{ marginBottom: 24, marginTop: 8 }}
              figures={(['enrolments', 'completions', 'courseHours', 'activityHours'] as const).map((k) => ({
                title: t(`learn.stats.${k}`),
                value: s.totals[k],
              }))}
            />
            {table(t('learn.stats.byUnion'), s.byUnion, 'learn-stats-union')}
            <div style={{ height: 16 }} />
            {table(t('learn.stats.byCourse'), s.byCourse, 'learn-stats-course')}
            <div style={{ height: 16 }} />
            {table(t('learn.stats.bySite'), s.bySite, 'learn-stats-site')}
            <div style={{ height: 16 }} />
            <FigureNotes notes={s.notes} />
          </>
        )}
      </LoadGate>
    </>
  );
}
