import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Row, Select, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { FigureNotes, useWords } from '../../components/FigureNotes.tsx';
import { LoadError, Loading } from '../../components/LoadError.tsx';
import { optionsOf } from '../../components/options.ts';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { PeriodNote } from '../../components/StatsPeriod.tsx';
import { useStatsUnion } from '../../components/useHomeOrg.ts';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useStatsYear } from '../../components/useStatsYear.ts';
import { CATEGORIES, type Category, type ProgramsReport, reportsApi } from '../programs/programs-api.ts';
import { CategoryPie, categorySlices, UnionBars } from './charts.tsx';
import { type Figure, HeadlineFigure, PAGE_NOTES, ReportNotesProvider } from './figures.tsx';
import { ProgramTable } from './ProgramTable.tsx';

/**
 * Statistics of the programs in a union's subtree for a period, per program, category and union below.
 * Each figure is counted by its own date (application, approval or payment date), so the paid total is
 * what the ledger shows paid in the period. Nothing is drawn before the report arrives or after it failed.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const [params, set] = useListParams();
  const { orgId, placeholder } = useStatsUnion(params.get('orgId'));
  // Without a period in the address: the newest year with figures (a year a program of the subtree runs in among
  // them, GET /api/reports/years), so the page never opens on an empty year nor on a past one while programs run.
  const { year, thisYear } = useStatsYear('programs', orgId, undefined);
  const from = params.get('from') ?? (year ? `${year}-01-01` : '');
  const to = params.get('to') ?? (year ? `${year}-12-31` : '');
  const category = (params.get('category') || undefined) as Category | undefined;
  const focus = Number(params.get('programId')) || undefined;
  const query = useMemo(() => ({ orgId, from, to, category }), [orgId, from, to, category]);
  const report = useLoad(
    () => (query.from && query.to ? reportsApi.programs(query) : new Promise<never>(() => undefined)),
    [query],
  );

  usePageTitle(t('dash.title'));
  return (
    <Flex vertical gap={16}>
      <StatsHeader
        title={t('dash.title')}
        orgId={orgId}
        unionLabel={t('dash.union')}
        union={{ placeholder, testId: 'dash-org' }}
        period={
          <>
            <span>{t('dash.period')}</span>
            <DateField
              style={{ width: 150 }}
              value={from}
              onChange={(v) => set('from', v ?? undefined)}
              testId="dash-from"
            />
            <span>—</span>
            <DateField
              style={{ width: 150 }}
              value={to}
              onChange={(v) => set('to', v ?? undefined)}
              testId="dash-to"
            />
            <Select
              allowClear
              placeholder={t('prog.field.category')}
              aria-label={t('prog.field.category')}
              style={{ width: 160 }}
              value={category}
              onChange={(v) => set('category', v)}
              options={optionsOf(CATEGORIES, (c) => t(`prog.category.${c}`))}
            />
          </>
        }
        actions={
          <Button icon={<ReloadOutlined />} onClick={report.reload} loading={report.loading}>
            {t('common.refresh')}
          </Button>
        }
        export={{ href: reportsApi.exportUrl(query), label: t('dash.export'), testId: 'dash-export' }}
      >
        <Alert type="info" showIcon title={t('dash.basisNote')} />
        {!params.get('from') && year !== undefined && year < thisYear && (
          <Typography.Text type="secondary" data-testid="dash-newest-year">
            {t('dash.newestYear', { year, thisYear })}
          </Typography.Text>
        )}
      </StatsHeader>
      {report.error && !report.loading ? (
        <Card>
          <LoadError error={report.error} retry={report.reload} what={t('load.what.dashboard')} />
        </Card>
      ) : report.data ? (
        <Spin spinning={report.loading}>
          <ReportView report={report.data} loading={report.loading} focus={focus} />
        </Spin>
      ) : (
        <Loading />
      )}
    </Flex>
  );
}

const CARDS: Figure[] = ['applications', 'approved', 'people', 'approvedFen', 'paidFen'];

function ReportView({
  report,
  loading,
  focus,
}: {
  report: ProgramsReport;
  loading: boolean;
  focus?: number;
}) {
  const { t } = useTranslation();
  const words = useWords();
  const unions = report.byUnion;
  // insurance programs are not the policies of the insurance statistics: said beside the table, not only in the notes
  const insurance = report.notes.find((n) => n.key === 'category.insurance');
  return (
    <ReportNotesProvider value={report.notes}>
      <Flex vertical gap={16}>
        {/* the period read and, while it runs, the day its figures are counted to */}
        {report.from && report.to && (
          <PeriodNote from={report.from} to={report.to} asOf={report.asOf ?? report.to} states={false} />
        )}
        {/* five figures in a row on a desktop, two to a row on a phone */}
        <Row gutter={[16, 16]}>
          {CARDS.map((f) => (
            <Col xs={12} md={8} xl={{ flex: '1 1 0' }} style={{ minWidth: 0 }} key={f}>
              <Card style={{ height: '100%' }}>
                <div data-testid={`dash-total-${f}`}>
                  <HeadlineFigure figure={f} report={report} />
                </div>
              </Card>
            </Col>
          ))}
        </Row>
        <Row gutter={16}>
          <Col xs={24} xl={15}>
            <Card title={t('dash.byUnion')}>
              {unions.length ? (
                <UnionBars unions={unions} />
              ) : (
                <Empty description={t('dash.noUnionFigures')} data-testid="dash-no-union-figures" />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={9}>
            <Card title={`${t('dash.byCategory')} · ${t('dash.basis.decided')}`}>
              {categorySlices(report.byCategory).length ? (
                <CategoryPie report={report} />
              ) : (
                <Empty description={t('dash.noApprovals')} data-testid="dash-no-approvals" />
              )}
            </Card>
          </Col>
        </Row>
        <Card title={t('dash.perProgram')}>
          {insurance && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={`${words(insurance.label)}${t('common.colon')}${words(insurance.note)}`}
              data-testid="dash-insurance-note"
            />
          )}
          <ProgramTable rows={report.programs} loading={loading} focus={focus} />
        </Card>
        <FigureNotes notes={report.notes.filter((n) => PAGE_NOTES.has(n.key))} />
      </Flex>
    </ReportNotesProvider>
  );
}
