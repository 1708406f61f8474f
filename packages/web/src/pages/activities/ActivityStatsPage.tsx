import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { PeriodNote, periodDays } from '../../components/StatsPeriod.tsx';
import { FitTable, WholeTable } from '../../components/TableCard.tsx';
import { unionTreeColumn } from '../../components/union-tree.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useStatsScope } from '../../components/useStatsScope.ts';
import { activitiesApi } from './activities-api.ts';

/** Statistics: activities, sign-ups, person-times and 牵手 pairs by kind and by union over a range of days. */
export default function ActivityStatsPage() {
  const { t } = useTranslation();
  // Without a period in the address: the newest year with figures, as every statistics page opens.
  const { orgId, period } = useStatsScope(t('act.stats.title'), 'activities');
  const { from, to } = periodDays(period.query);
  const ready = period.ready && !!from && !!to;
  const stats = useLoad(
    () => (ready ? activitiesApi.stats({ orgId, from, to }) : new Promise<never>(() => undefined)),
    [orgId, from, to, ready],
  );
  const countColumns = [
    countColumn(t('act.stats.activities'), 'activities'),
    countColumn(t('act.stats.signups'), 'signups'),
    countColumn(t('act.stats.attendance'), 'attendance'),
    countColumn(t('act.mixer.pairs'), 'pairs'),
  ];
  return (
    <StatsHeader
      title={t('act.stats.title')}
      orgId={orgId}
      period={period.control}
      export={{
        href: activitiesApi.statsUrl({ orgId, from, to }),
        disabled: !ready,
      }}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('act.stats.hint')}
      </Typography.Paragraph>
      <LoadGate state={stats} what={t('act.what.stats')}>
        {(s) => (
          <Flex vertical gap={24}>
            <PeriodNote from={s.from} to={s.to} asOf={s.asOf} states={false} />
            <WholeTable
              rowKey="kind"
              data-testid="act-stats"
              dataSource={[
                ...s.byKind.map((k) => ({ ...k, label: t(`act.kind.${k.kind}`) })),
                { kind: 'total', label: t('act.stats.total'), ...s.total },
              ]}
              columns={[{ title: t('act.field.kind'), dataIndex: 'label' }, ...countColumns]}
            />
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('act.stats.byUnion')}
            </Typography.Title>
            <WholeTable
              rowKey="orgId"
              data-testid="act-stats-unions"
              locale={{ emptyText: t('act.stats.none') }}
              dataSource={s.byUnion}
              expandable={{
                rowExpandable: (u) => u.kinds.length > 0,
                expandedRowRender: (u) => (
                  <FitTable
                    rowKey="kind"
                    dataSource={u.kinds.map((k) => ({ ...k, label: t(`act.kind.${k.kind}`) }))}
                    columns={[{ title: t('act.field.kind'), dataIndex: 'label' }, ...countColumns]}
                  />
                ),
              }}
              columns={[unionTreeColumn(s.byUnion, { title: t('act.stats.union') }), ...countColumns]}
            />
            <FigureNotes notes={s.notes} />
          </Flex>
        )}
      </LoadGate>
    </StatsHeader>
  );
}
