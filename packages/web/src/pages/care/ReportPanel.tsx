import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../components/format.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { fenToYuanText } from '../programs/money.ts';
import { careApi, type Report } from './care-api.ts';

/** The campaign report: visits, workers reached, units, goods given by item, grants approved and paid. */
export function ReportPanel({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const report = useLoad(() => careApi.report(campaignId), [campaignId]);
  return (
    <LoadGate state={report} what={t('care.what.report')}>
      {(r) => <ReportView r={r} campaignId={campaignId} />}
    </LoadGate>
  );
}

function ReportView({ r, campaignId }: { r: Report; campaignId: number }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} data-testid="care-report">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('care.report.visits')} value={r.visits} data-testid="care-report-visits" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('care.report.people')}
              value={r.peopleReached}
              data-testid="care-report-people"
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('care.report.persons')} value={r.personsVisited} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('care.report.units')}
              value={r.units.reduce((s, u) => s + u.n, 0)}
              suffix={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.units
                    .map((u) =>
                      t('care.report.unitCount', { kind: t(`care.recipientKind.${u.kind}`), n: u.n }),
                    )
                    .join('，')}
                </Typography.Text>
              }
              data-testid="care-report-units"
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('care.report.grants')}>
        <span data-testid="care-report-grants">
          {t('care.report.grantsText', {
            approved: r.grants.approved,
            paid: fenToYuanText(r.grants.paidFen),
            logged: fenToYuanText(r.grants.loggedFen),
          })}
        </span>
      </Card>
      <Table
        rowKey={(g) => `${g.item}|${g.unit}`}
        size="small"
        pagination={false}
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
        href={careApi.reportUrl(campaignId)}
        style={{ alignSelf: 'flex-start' }}
        data-testid="care-report-export"
      >
        {t('care.report.export')}
      </Button>
    </Flex>
  );
}
