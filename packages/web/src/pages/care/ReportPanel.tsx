import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { formatCount, formatFen } from '../../components/format.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { PeriodBound, PeriodNote } from '../../components/StatsPeriod.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { careApi, type Report } from './care-api.ts';

/**
 * The campaign report over its period, or any days of it (从/至, kept in the address): visits, workers reached,
 * units, goods given by item, and the grants of those visits approved and paid.
 */
export function ReportPanel({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const [params, set, setMany] = useListParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const query = useMemo(() => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) }), [from, to]);
  const report = useLoad(() => careApi.report(campaignId, query), [campaignId, query]);
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center" data-testid="care-report-period">
        <PeriodBound bound="from" value={from} set={set} testId="care-report-from" />
        <PeriodBound bound="to" value={to} set={set} testId="care-report-to" />
        {(from || to) && (
          <Button type="link" onClick={() => setMany({ from: undefined, to: undefined })}>
            {t('care.report.wholeCampaign')}
          </Button>
        )}
      </Flex>
      <LoadGate state={report} what={t('care.what.report')}>
        {(r) => <ReportView r={r} campaignId={campaignId} query={query} />}
      </LoadGate>
    </Flex>
  );
}

function ReportView({
  r,
  campaignId,
  query,
}: {
  r: Report;
  campaignId: number;
  query: { from?: string; to?: string };
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} data-testid="care-report">
      <PeriodNote from={r.from} to={r.to} asOf={r.asOf} states={false} />
      <FigureRow
        card
        figures={[
          { title: t('care.report.visits'), value: r.visits, testId: 'care-report-visits' },
          { title: t('care.report.people'), value: r.peopleReached, testId: 'care-report-people' },
          { title: t('care.report.persons'), value: r.personsVisited },
          {
            title: t('care.report.units'),
            value: r.units.reduce((s, u) => s + u.n, 0),
            suffix: (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.units
                  .map((u) => t('care.report.unitCount', { kind: t(`care.recipientKind.${u.kind}`), n: u.n }))
                  .join(t('common.comma'))}
              </Typography.Text>
            ),
            testId: 'care-report-units',
          },
        ]}
      />
      <Card size="small" title={t('care.report.grants')}>
        <span data-testid="care-report-grants">
          {t('care.report.grantsText', {
            approved: r.grants.approved,
            paid: formatFen(r.grants.paidFen),
            logged: formatFen(r.grants.loggedFen),
          })}
        </span>
      </Card>
      <WholeTable
        rowKey={(g) => `${g.item}|${g.unit}`}
        title={() => <Typography.Text strong>{t('care.report.goods')}</Typography.Text>}
        dataSource={r.goods}
        locale={{ emptyText: t('care.report.noGoods') }}
        data-testid="care-report-goods"
        columns={[
          { title: t('care.field.item'), dataIndex: 'item' },
          {
            title: t('care.field.quantity'),
            dataIndex: 'quantity',
            align: 'right',
            render: (q: number, g) => `${formatCount(q)} ${g.unit}`,
          },
        ]}
      />
      <Button
        icon={<DownloadOutlined />}
        href={careApi.reportUrl(campaignId, query)}
        style={{ alignSelf: 'flex-start' }}
        data-testid="care-report-export"
      >
        {t('care.report.export')}
      </Button>
      <FigureNotes notes={r.notes} />
    </Flex>
  );
}
