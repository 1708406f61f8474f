import { Card, Col, Empty, Flex, Row, Select, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { labelColumn } from '../../components/columns.tsx';
import { FigureNotes, useWords } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { formatCount } from '../../components/format.ts';
import { LoadGate, Loading } from '../../components/LoadError.tsx';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { PeriodNote, useStatsPeriod } from '../../components/StatsPeriod.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type CallStats, callsApi, RESULTS } from './calls-api.ts';

/** Statistics: works sent in, passed, returned and chosen by category, by union below and by result; .xlsx. */
export default function CallStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('calls.stats.title'));
  const [params, set] = useListParams();
  const home = useHomeOrgId();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : (home ?? undefined);
  const callId = params.get('callId') ? Number(params.get('callId')) : undefined;
  const period = useStatsPeriod('calls', orgId);
  const query = useMemo(
    () => ({ ...(orgId ? { orgId } : {}), ...(callId ? { callId } : {}), ...period.query }),
    [orgId, callId, period.query],
  );
  const ready = period.ready;
  const calls = useLoad(() => callsApi.list(orgId), [orgId]);
  const stats = useLoad(() => (ready ? callsApi.stats(query) : Promise.resolve(undefined)), [query, ready]);
  return (
    <Flex vertical gap={16}>
      <StatsHeader
        title={t('calls.stats.title')}
        orgId={orgId}
        filters={
          <Select
            allowClear
            style={{ width: 280 }}
            placeholder={t('calls.stats.call')}
            value={callId}
            onChange={(v) => set('callId', v ? String(v) : undefined)}
            options={(calls.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
          />
        }
        period={period.control}
        export={{
          href: callsApi.statsExportUrl(query),
          label: t('calls.stats.export'),
          disabled: !ready,
          testId: 'call-stats-export',
        }}
      >
        <CappedNotice list={calls.data} />
      </StatsHeader>
      {!ready && <Loading />}
      {ready && (
        <LoadGate state={stats} what={t('calls.what.stats')}>
          {(s) => (s ? <Figures s={s} /> : <Empty description={t('calls.stats.pickUnion')} />)}
        </LoadGate>
      )}
    </Flex>
  );
}

function Figures({ s }: { s: CallStats }) {
  const { t } = useTranslation();
  const words = useWords();
  const n = (v: number) => formatCount(v);
  // a figure's title carries its note (what it counts, over which days), as the export's 说明 sheet says it
  const noteOf = (key: string) => words(s.notes.find((x) => x.key === key)?.note);
  const titled = (key: string, label: string) => <span title={noteOf(key)}>{label}</span>;
  const counts = (['submitted', 'passed', 'returned', 'chosen'] as const).map((k) => ({
    title: titled(k, t(`calls.stats.${k}`)),
    dataIndex: k,
    align: 'right' as const,
    render: n,
  }));
  return (
    <Flex vertical gap={16} data-testid="call-stats">
      <PeriodNote {...s} />
      <FigureNotes notes={s.notes} />
      <FigureRow
        card
        gutter={16}
        col={{ span: 6 }}
        figures={(['submitted', 'passed', 'returned', 'chosen'] as const).map((k) => ({
          title: t(`calls.stats.${k}`),
          value: n(s.total[k]),
          valueTestId: `call-stats-${k}`,
        }))}
      />
      <Card size="small" title={t('calls.stats.byCategory')}>
        <WholeTable
          rowKey="categoryId"
          dataSource={s.byCategory}
          columns={[
            { title: t('calls.field.title'), dataIndex: 'callTitle' },
            { title: t('calls.field.category'), dataIndex: 'category' },
            { title: t('calls.field.kind'), dataIndex: 'kind', render: (k: string) => t(`calls.kind.${k}`) },
            ...counts,
            ...RESULTS.map((r) => ({
              title: titled(r, t(`calls.result.${r}`)),
              key: r,
              align: 'right' as const,
              render: (_: unknown, k: CallStats['byCategory'][number]) => n(k.results[r]),
            })),
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col span={16}>
          <Card size="small" title={t('calls.stats.byBranch')}>
            <Table
              rowKey={(b) => b.orgId ?? 0}
              size="small"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={s.byBranch}
              columns={[
                {
                  title: t('calls.field.authorUnion'),
                  key: 'org',
                  render: (_, b) =>
                    b.orgId === null ? t('calls.stats.own', { name: b.orgName }) : b.orgName,
                },
                ...counts,
              ]}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small" title={t('calls.stats.byResult')}>
            <WholeTable
              rowKey="result"
              dataSource={s.byResult}
              columns={[
                labelColumn(t('calls.field.result'), 'result', (r) => t(`calls.result.${r}`)),
                { title: t('calls.stats.n'), dataIndex: 'n', align: 'right', render: n },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
