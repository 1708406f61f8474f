import { Card, Col, Flex, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { countColumn, labelColumn } from '../../components/columns.tsx';
import { FigureNotes, useWords } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { formatCount } from '../../components/format.ts';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { UnionStats } from '../../components/StatsPage.tsx';
import { PeriodNote } from '../../components/StatsPeriod.tsx';
import { PagedTable, WholeTable } from '../../components/TableCard.tsx';
import { unionTreeColumn } from '../../components/union-tree.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useUnionStats } from '../../components/useStatsScope.ts';
import { type CallStats, callsApi, RESULTS } from './calls-api.ts';

/** Statistics: works sent in, passed, returned and chosen by category, by union below and by result; .xlsx. */
export default function CallStatsPage() {
  const { t } = useTranslation();
  const [params, set] = useListParams();
  const callId = params.get('callId') ? Number(params.get('callId')) : undefined;
  const scope = useUnionStats(t('calls.stats.title'), 'calls', callsApi.stats, {
    filters: { callId },
    allUnions: true,
  });
  const { orgId, period, q, ready } = scope;
  const calls = useLoad(() => callsApi.list(orgId), [orgId]);
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
            aria-label={t('calls.stats.call')}
            value={callId}
            onChange={(v) => set('callId', v ? String(v) : undefined)}
            options={(calls.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
          />
        }
        period={period.control}
        export={{
          href: callsApi.statsExportUrl(q),
          disabled: !ready,
          testId: 'call-stats-export',
        }}
      >
        <CappedNotice list={calls.data} />
      </StatsHeader>
      <UnionStats scope={scope} what={t('calls.what.stats')}>
        {(s) => <Figures s={s} />}
      </UnionStats>
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
  const counts = (['submitted', 'passed', 'returned', 'chosen'] as const).map((k) =>
    countColumn(titled(k, t(`calls.stats.${k}`)), k),
  );
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
            <PagedTable
              pageSize={20}
              rowKey={(b) => b.orgId ?? 0}
              dataSource={s.byBranch}
              columns={[
                unionTreeColumn(s.byBranch, {
                  title: t('calls.field.authorUnion'),
                  key: 'org',
                  render: (_, b) =>
                    b.orgId === null ? t('calls.stats.own', { name: b.orgName }) : b.orgName,
                }),
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
                countColumn(t('calls.stats.n'), 'n'),
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
