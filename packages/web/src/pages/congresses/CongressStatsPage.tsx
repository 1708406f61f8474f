import { Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../components/format.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { PeriodNote, useStatsPeriod } from '../../components/StatsPeriod.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { congressesApi } from './congresses-api.ts';

interface Row {
  congresses: number;
  heldOnTime: number;
  sessions: number;
  filed: number;
  accepted: number;
  answered: number;
  answeredInTime: number;
  rated: number;
  satisfied: number;
  basic: number;
  dissatisfied: number;
  disclosures: number;
}

const pct = (r: Row) =>
  r.rated ? `${(Math.round(((r.satisfied + r.basic) * 1000) / r.rated) / 10).toFixed(1)}%` : '—';

/** Statistics: congresses held on time, proposals filed, accepted, answered in time and satisfaction, by year and union. */
export default function CongressStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('cong.stats.title'));
  const [params] = useListParams();
  const home = useHomeOrgId();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : (home ?? undefined);
  const period = useStatsPeriod('congresses', orgId, { yearRange: 3 });
  const q = useMemo(() => ({ orgId, ...period.query }), [orgId, period.query]);
  const stats = useLoad(() => congressesApi.stats(q), [q]);
  const n = (v: number) => formatCount(v);
  const columns = [
    { title: t('cong.stats.congresses'), dataIndex: 'congresses', align: 'right' as const, render: n },
    { title: t('cong.stats.heldOnTime'), dataIndex: 'heldOnTime', align: 'right' as const, render: n },
    { title: t('cong.stats.sessions'), dataIndex: 'sessions', align: 'right' as const, render: n },
    { title: t('cong.stats.filed'), dataIndex: 'filed', align: 'right' as const, render: n },
    { title: t('cong.stats.accepted'), dataIndex: 'accepted', align: 'right' as const, render: n },
    { title: t('cong.stats.answered'), dataIndex: 'answered', align: 'right' as const, render: n },
    {
      title: t('cong.stats.answeredInTime'),
      dataIndex: 'answeredInTime',
      align: 'right' as const,
      render: n,
    },
    { title: t('cong.stats.rated'), dataIndex: 'rated', align: 'right' as const, render: n },
    {
      title: t('cong.stats.satisfaction'),
      key: 'pct',
      align: 'right' as const,
      render: (_: unknown, r: Row) => pct(r),
    },
    { title: t('cong.stats.disclosures'), dataIndex: 'disclosures', align: 'right' as const, render: n },
  ];
  return (
    <StatsHeader
      title={t('cong.stats.title')}
      orgId={orgId}
      period={period.control}
      export={{ href: congressesApi.statsUrl(q), label: t('cong.stats.export'), testId: 'cong-stats-export' }}
    >
      <Typography.Text type="secondary">{t('cong.stats.hint')}</Typography.Text>
      <LoadGate state={stats} what={t('cong.what.stats')}>
        {(s) => (
          <Flex vertical gap={16}>
            <PeriodNote from={s.from} to={s.to} asOf={s.asOf} />
            <Typography.Title level={5}>{t('cong.stats.byYear')}</Typography.Title>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              data-testid="cong-stats-years"
              dataSource={[
                ...s.years.map((y) => ({ key: String(y.year), label: String(y.year), ...y })),
                { key: 'total', label: t('cong.stats.total'), ...s.total },
              ]}
              columns={[{ title: t('cong.field.year'), dataIndex: 'label' }, ...columns]}
            />
            <Typography.Title level={5}>{t('cong.stats.byUnion')}</Typography.Title>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              data-testid="cong-stats-unions"
              dataSource={[
                ...s.unions.map((u) => ({
                  key: `${u.orgId}-${u.own}`,
                  label: u.own ? `${u.orgName}${t('cong.stats.own')}` : u.orgName,
                  ...u,
                })),
                { key: 'total', label: t('cong.stats.total'), ...s.total },
              ]}
              columns={[{ title: t('cong.field.union'), dataIndex: 'label' }, ...columns]}
            />
          </Flex>
        )}
      </LoadGate>
    </StatsHeader>
  );
}
