import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Input, Row, Select, Statistic, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { Money } from '../programs/labels.tsx';
import { formatFen } from '../programs/money.ts';
import { OrgSelect } from '../programs/OrgSelect.tsx';
import { CATEGORIES, type ProgramsReport, type ReportRow, reportsApi } from '../programs/programs-api.ts';
import { Chart } from './charts.tsx';

const yuan = (fen: number) => Math.round(fen) / 100;

/** Statistics of the programs in a union's subtree for a period, per program, category and union below. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const feedback = useFeedback();
  const [params, setParams] = useSearchParams();
  const year = new Date().getFullYear();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : (me?.orgId ?? undefined);
  const from = params.get('from') ?? `${year}-01-01`;
  const to = params.get('to') ?? `${year}-12-31`;
  const category = params.get('category') ?? undefined;
  const [report, setReport] = useState<ProgramsReport | null>(null);
  const rows: ReportRow[] = report?.programs ?? [];
  const [loading, setLoading] = useState(false);
  const query = useMemo(() => ({ orgId, from, to, category }), [orgId, from, to, category]);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setReport(await reportsApi.programs(query));
    } catch (err) {
      feedback.error(err);
    } finally {
      setLoading(false);
    }
  }, [query, feedback]);
  useEffect(() => {
    void load();
  }, [load]);

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  const totals = report?.totals ?? { applications: 0, approved: 0, people: 0, approvedFen: 0, paidFen: 0 };

  // The unions one level below the chosen one, summed over the programs (the chosen union's own row last).
  const byUnion = useMemo(() => {
    const m = new Map<
      string,
      { name: string; self: boolean; approved: number; approvedFen: number; paidFen: number }
    >();
    for (const r of rows)
      for (const u of r.byUnion) {
        const key = String(u.orgId ?? u.name);
        const x = m.get(key) ?? { name: u.name, self: u.self, approved: 0, approvedFen: 0, paidFen: 0 };
        x.approved += u.approved;
        x.approvedFen += u.approvedFen;
        x.paidFen += u.paidFen;
        m.set(key, x);
      }
    return [...m.values()].sort(
      (a, b) => Number(a.self) - Number(b.self) || b.approvedFen - a.approvedFen || b.approved - a.approved,
    );
  }, [rows]);

  const byCategory = report?.byCategory ?? [];

  const barOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [t('dash.approvedYuan'), t('dash.paidYuan')] },
    grid: { left: 60, right: 20, bottom: 90, top: 56 },
    xAxis: {
      type: 'category',
      data: byUnion.map((u) => (u.self ? t('dash.selfUnion', { name: u.name }) : u.name)),
      axisLabel: { rotate: 30, interval: 0 },
    },
    yAxis: { type: 'value', name: t('dash.yuan') },
    series: [
      {
        name: t('dash.approvedYuan'),
        type: 'bar',
        data: byUnion.map((u) => yuan(u.approvedFen)),
        barMaxWidth: 40,
        itemStyle: { color: '#c8102e' },
      },
      {
        name: t('dash.paidYuan'),
        type: 'bar',
        data: byUnion.map((u) => yuan(u.paidFen)),
        barMaxWidth: 40,
        itemStyle: { color: '#faad14' },
      },
    ],
  };
  const pieOption = {
    color: ['#c8102e', '#faad14', '#1677ff', '#52c41a', '#722ed1'],
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        data: byCategory.map((v) => ({ name: t(`prog.category.${v.category}`), value: v.approved })),
      },
    ],
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('dash.title')}
        extra={
          <Flex gap={8}>
            <Button icon={<ReloadOutlined />} onClick={load}>
              {t('common.refresh')}
            </Button>
            <Button icon={<DownloadOutlined />} href={reportsApi.exportUrl(query)} data-testid="dash-export">
              {t('dash.export')}
            </Button>
          </Flex>
        }
      >
        <Flex gap={8} wrap align="center">
          <span>{t('dash.union')}</span>
          <OrgSelect
            value={orgId ?? null}
            onChange={(v) => set('orgId', v ? String(v) : undefined)}
            testId="dash-org"
          />
          <span>{t('dash.period')}</span>
          <Input
            type="date"
            style={{ width: 150 }}
            value={from}
            onChange={(e) => set('from', e.target.value)}
            data-testid="dash-from"
          />
          <span>—</span>
          <Input
            type="date"
            style={{ width: 150 }}
            value={to}
            onChange={(e) => set('to', e.target.value)}
            data-testid="dash-to"
          />
          <Select
            allowClear
            placeholder={t('prog.field.category')}
            style={{ width: 160 }}
            value={category}
            onChange={(v) => set('category', v)}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`prog.category.${c}`) }))}
          />
        </Flex>
      </Card>
      <Row gutter={16}>
        {(
          [
            ['applications', totals.applications],
            ['approved', totals.approved],
            ['people', totals.people],
          ] as const
        ).map(([k, v]) => (
          <Col span={5} key={k}>
            <Card>
              <Statistic title={t(`dash.col.${k}`)} value={v} />
            </Card>
          </Col>
        ))}
        <Col span={5}>
          <Card>
            <Statistic
              title={t('dash.col.approvedFen')}
              value={formatFen(totals.approvedFen)}
              data-testid="dash-approved-total"
            />
          </Card>
        </Col>
        <Col span={4}>
          <Card>
            <Statistic title={t('dash.col.paidFen')} value={formatFen(totals.paidFen)} />
          </Card>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card title={t('dash.byUnion')}>
            {byUnion.length ? <Chart option={barOption} height={340} /> : <Empty />}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('dash.byCategory')}>
            {byCategory.length ? <Chart option={pieOption} height={340} /> : <Empty />}
          </Card>
        </Col>
      </Row>
      <Card title={t('dash.perProgram')}>
        <Table<ReportRow>
          rowKey="programId"
          size="small"
          loading={loading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1100 }}
          data-testid="dash-table"
          expandable={{
            rowExpandable: (r) => !!r.byUnion?.length,
            expandedRowRender: (r) => (
              <Table
                size="small"
                rowKey={(u) => String(u.orgId ?? u.name)}
                pagination={false}
                dataSource={r.byUnion}
                columns={[
                  {
                    title: t('dash.union'),
                    dataIndex: 'name',
                    render: (name: string, u) => (u.self ? t('dash.selfUnion', { name }) : name),
                  },
                  { title: t('dash.col.people'), dataIndex: 'people', align: 'right' },
                  { title: t('dash.col.applications'), dataIndex: 'applications', align: 'right' },
                  { title: t('dash.col.approved'), dataIndex: 'approved', align: 'right' },
                  {
                    title: t('dash.col.approvedFen'),
                    dataIndex: 'approvedFen',
                    align: 'right',
                    render: (v: number) => <Money fen={v} />,
                  },
                  {
                    title: t('dash.col.paidFen'),
                    dataIndex: 'paidFen',
                    align: 'right',
                    render: (v: number) => <Money fen={v} />,
                  },
                ]}
              />
            ),
          }}
          columns={[
            { title: t('prog.field.name'), dataIndex: 'name', fixed: 'left', width: 240 },
            {
              title: t('prog.field.category'),
              dataIndex: 'category',
              render: (c: string) => t(`prog.category.${c}`),
            },
            { title: t('dash.col.applications'), dataIndex: 'applications', align: 'right' },
            { title: t('dash.col.approved'), dataIndex: 'approved', align: 'right' },
            { title: t('dash.col.rejected'), dataIndex: 'rejected', align: 'right' },
            { title: t('dash.col.people'), dataIndex: 'people', align: 'right' },
            { title: t('dash.col.unions'), dataIndex: 'unions', align: 'right' },
            {
              title: t('dash.col.approvedFen'),
              dataIndex: 'approvedFen',
              align: 'right',
              render: (v: number) => <Money fen={v} testId="dash-approved" />,
            },
            {
              title: t('dash.col.paidFen'),
              dataIndex: 'paidFen',
              align: 'right',
              render: (v: number) => <Money fen={v} />,
            },
            {
              title: t('dash.col.quota'),
              align: 'right',
              render: (_, r) =>
                r.quota == null ? `${r.quotaUsed} / ${t('prog.unlimited')}` : `${r.quotaUsed} / ${r.quota}`,
            },
            {
              title: t('dash.col.budgetLeft'),
              dataIndex: 'budgetLeftFen',
              align: 'right',
              render: (v: number | null) =>
                v == null ? (
                  <Typography.Text type="secondary">{t('prog.unlimited')}</Typography.Text>
                ) : (
                  <Money fen={v} />
                ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
