import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LoadGate, Loading } from './LoadError.tsx';
import { PickUnionEmpty } from './PickUnionEmpty.tsx';
import { StatsHeader } from './StatsHeader.tsx';
import { PeriodNote } from './StatsPeriod.tsx';
import { type Loaded, useLoad } from './useLoad.ts';
import { type StatsScopeQuery, useStatsScope, useUnionStats } from './useStatsScope.ts';
import type { ReportingArea } from './useStatsYear.ts';

/**
 * A statistics page that counts a union and a period and nothing else: its head (`StatsHeader`: the title, the union,
 * the period of `area` over `yearRange` years and the .xlsx `xlsx`), the `hint` under it, then once `stats` has
 * answered, the period the figures cover and the page's own figures, `children(s)`.
 */
export function StatsPage<S extends { from: string; to: string; asOf: string }>({
  title,
  area,
  yearRange,
  stats,
  xlsx,
  hint,
  what,
  states = true,
  children,
}: {
  title: string;
  area: ReportingArea;
  yearRange?: number;
  stats: (q: StatsScopeQuery) => Promise<S>;
  xlsx: { href: (q: StatsScopeQuery) => string; label?: string; testId: string };
  hint?: string;
  /** The figures, as the load error names them. */
  what: string;
  /** False where every figure is a flow over the period: the period note then names no day states are read on. */
  states?: boolean;
  children: (s: S) => ReactNode;
}) {
  const { orgId, period, q, unionPending } = useStatsScope(title, area, { yearRange });
  // nothing asked while the home union is being read: the figures would be of no union, then redrawn
  const state = useLoad(() => (unionPending ? new Promise<S>(() => undefined) : stats(q)), [q, unionPending]);
  return (
    <StatsHeader
      title={title}
      orgId={orgId}
      period={period.control}
      export={{ href: xlsx.href(q), label: xlsx.label, testId: xlsx.testId }}
    >
      {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
      <LoadGate state={state} what={what}>
        {(s) => (
          <Flex vertical gap={16}>
            <PeriodNote from={s.from} to={s.to} asOf={s.asOf} states={states} />
            {children(s)}
          </Flex>
        )}
      </LoadGate>
    </StatsHeader>
  );
}

/**
 * One union's figures below a statistics page's head (`useUnionStats`): the spinner while the home union is being read
 * (`unionPending`), `pickUnion` until a union is picked (without it, as with `allUnions`, every union's), the spinner
 * until the period is known, then `children(s)` once they have come.
 */
export function UnionStats<S>({
  scope: { orgId, ready, stats, unionPending },
  pickUnion,
  what,
  children,
}: {
  /** What `useUnionStats` answered. */
  scope: { orgId: number | undefined; ready: boolean; stats: Loaded<S | undefined>; unionPending?: boolean };
  pickUnion?: string;
  what: string;
  children: (s: S) => ReactNode;
}) {
  if (!orgId && unionPending) return <Loading />;
  if (!orgId && pickUnion) return <PickUnionEmpty description={pickUnion} />;
  if (!ready) return <Loading />;
  return (
    <LoadGate state={stats} what={what}>
      {(s) => s !== undefined && children(s)}
    </LoadGate>
  );
}

/**
 * A statistics page of one union's figures (`useUnionStats`; with `allUnions`, every union's until one is picked): its
 * head (`StatsHeader`: the title, the union after `unionLabel`, the period of `area`, the .xlsx `xlsx` once the
 * period is known, the `hint`), then below it the figures as `UnionStats` shows them, `children(s)`.
 */
export function UnionStatsPage<S>({
  title,
  area,
  stats,
  yearRange,
  allUnions,
  unionLabel,
  xlsx,
  hint,
  pickUnion,
  what,
  children,
}: {
  title: string;
  area: ReportingArea;
  stats: (q: StatsScopeQuery) => Promise<S>;
  yearRange?: number;
  allUnions?: boolean;
  unionLabel?: string;
  xlsx: { href: (q: StatsScopeQuery) => string; label?: string; testId?: string };
  hint?: string;
  pickUnion?: string;
  /** The figures, as the load error names them. */
  what: string;
  children: (s: S) => ReactNode;
}) {
  const scope = useUnionStats(title, area, stats, { yearRange, allUnions });
  return (
    <Flex vertical gap={16}>
      <StatsHeader
        title={title}
        orgId={scope.orgId}
        unionLabel={unionLabel}
        period={scope.period.control}
        export={{ href: xlsx.href(scope.q), label: xlsx.label, disabled: !scope.ready, testId: xlsx.testId }}
      >
        {hint && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {hint}
          </Typography.Paragraph>
        )}
      </StatsHeader>
      <UnionStats scope={scope} pickUnion={pickUnion} what={what}>
        {children}
      </UnionStats>
    </Flex>
  );
}
