import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countColumn, fenColumn } from '../../components/columns.tsx';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { formatCount, formatFen } from '../../components/format.ts';
import { LoadGate, Loading } from '../../components/LoadError.tsx';
import { optionsOf } from '../../components/options.ts';
import { PickUnionEmpty } from '../../components/PickUnionEmpty.tsx';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { UnionsCard } from '../../components/TableCard.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { useStatsScope } from '../../components/useStatsScope.ts';
import {
  type AgreementKind,
  type AgreementStats,
  agreementsApi,
  KINDS,
  STATS_KIND,
} from './agreements-api.ts';

type UnionRow = AgreementStats['byUnion'][number];
const count = formatCount;

/**
 * Staff: agreements of one kind (the general collective contract — or, where the subtree has signed none, the kind it has signed — unless another is picked) in a union's subtree for a year or any days (从/至) — signed in the period, and the
 * coverage at its end (a year's: the maintained counts at the year's or this month's end; days: as it stood then): enterprises and workers covered (each once), the
 * signing rate against the enterprises that should have one; the measures of the agreements signed in the period
 * (their cost and the people they reached, as recorded). Nothing is drawn before the figures arrive.
 */
export default function AgreementStatsPage() {
  const { t } = useTranslation();
  const [params, set] = useListParams();
  // the kind asked; none: the server's opening kind (the general contract, or the one kind the subtree keeps)
  const asked = (params.get('kind') as AgreementKind | null) ?? undefined;
  // A year, or any days: signed over them, the states as they stood on the last.
  const { orgId, period, unionPending } = useStatsScope(t('agr.stats.title'), 'agreements');
  const query = useMemo(() => ({ orgId, kind: asked, ...period.query }), [orgId, asked, period.query]);
  const ready = !!query.orgId && period.ready;
  const stats = useLoad(() => (ready ? agreementsApi.stats(query) : Promise.resolve(undefined)), [query]);

  return (
    <Flex vertical gap={16}>
      <StatsHeader
        title={t('agr.stats.title')}
        orgId={orgId}
        unionLabel={t('agr.stats.union')}
        union={{ testId: 'agreement-stats-org' }}
        filters={
          <>
            <span>{t('agr.stats.kind')}</span>
            <Select
              style={{ width: 340 }}
              value={asked ?? stats.data?.kind ?? STATS_KIND}
              onChange={(v) => set('kind', v)}
              options={optionsOf(KINDS, (k) => t(`agr.kind.${k}`))}
              aria-label={t('agr.stats.kind')}
              data-testid="agreement-stats-kind"
            />
          </>
        }
        period={period.control}
        actions={
          <Button icon={<ReloadOutlined />} onClick={stats.reload} loading={stats.loading}>
            {t('common.refresh')}
          </Button>
        }
        export={{
          href: agreementsApi.statsExportUrl(query),
          disabled: !ready,
          testId: 'agreement-stats-export',
        }}
      />
      {!orgId && unionPending && <Loading />}
      {!orgId && !unionPending && (
        <PickUnionEmpty description={t('agr.stats.pickUnion')} testId="agreement-stats-pick" />
      )}
      {orgId && !ready && <Loading />}
      {ready && (
        <LoadGate state={stats} what={t('agr.stats.what')}>
          {(s) => s && <Figures s={s} />}
        </LoadGate>
      )}
    </Flex>
  );
}

function Figures({ s }: { s: AgreementStats }) {
  const { t } = useTranslation();
  const unit = (k: 'agreements' | 'enterprises' | 'people') => t(`agr.stats.unit.${k}`);
  const figure = (
    cardTestId: string,
    title: string,
    value: number | string,
    suffix: string,
    note?: string,
  ) => ({
    title,
    value,
    suffix,
    cardTestId,
    note: note && <Typography.Text type="secondary">{note}</Typography.Text>,
  });
  return (
    <Flex vertical gap={16} data-testid="agreement-stats">
      <Typography.Text type="secondary">{`${s.orgName} · ${t(`agr.kind.${s.kind}`)}`}</Typography.Text>
      <FigureRow
        card
        col={{ xs: 12, md: 8, xl: 4 }}
        figures={[
          figure(
            'stat-signed',
            signedTitle(t, s),
            s.signed,
            unit('agreements'),
            t('agr.stats.byLevel', s.signedByLevel),
          ),
          figure(
            'stat-rate',
            t('agr.stats.rate'),
            s.rate === null ? t('agr.stats.noDue') : `${(s.rate * 100).toFixed(1)}%`,
            '',
            t('agr.stats.rateHint', { due: s.due, covered: s.dueCovered, asOf: s.asOf }),
          ),
          figure('stat-enterprises', t('agr.stats.enterprises'), s.enterprises, unit('enterprises')),
          figure('stat-workers', t('agr.stats.workers'), s.workers, unit('people')),
          figure('stat-women', t('agr.stats.womenWorkers'), s.womenWorkers, unit('people')),
          figure('stat-in-force', t('agr.stats.inForce'), s.inForce, unit('agreements')),
          figure('stat-measure-cost', t('agr.stats.measureCost'), formatFen(s.measureCostFen), ''),
          figure('stat-measure-reach', t('agr.stats.measureReach'), s.measureReach, unit('people')),
        ]}
      />
      <Typography.Text type="secondary">{t('agr.stats.asOf', { date: s.asOf })}</Typography.Text>
      <Typography.Text type="secondary" data-testid="agreement-stats-measure-note">
        {t('agr.stats.measureNote', { from: s.from, to: s.asOf })}
      </Typography.Text>
      <UnionsCard<UnionRow>
        title={t('agr.stats.byUnion')}
        rows={s.byUnion}
        union={{
          title: t('agr.stats.union'),
          dataIndex: 'orgName',
          render: (name: string, r) => (r.orgId === s.orgId ? t('agr.stats.own', { name }) : name),
        }}
        empty={t('agr.stats.byUnionEmpty')}
        columns={[
          countColumn(signedTitle(t, s), 'signed'),
          countColumn(t('agr.stats.enterprises'), 'enterprises'),
          countColumn(t('agr.stats.workers'), 'workers'),
          fenColumn(t('agr.stats.measureCost'), 'measureCostFen'),
          countColumn(t('agr.stats.measureReach'), 'measureReach'),
        ]}
        summary={() =>
          s.byUnion.length > 1 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('agr.stats.total')}</Table.Summary.Cell>
              {(
                [
                  ['signed', count(s.byUnionTotal.signed)],
                  ['enterprises', count(s.byUnionTotal.enterprises)],
                  ['workers', count(s.byUnionTotal.workers)],
                  ['measureCostFen', formatFen(s.byUnionTotal.measureCostFen)],
                  ['measureReach', count(s.byUnionTotal.measureReach)],
                ] as const
              ).map(([key, text], i) => (
                <Table.Summary.Cell key={key} index={i + 1} align="right">
                  {text}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
      <FigureNotes notes={s.notes} />
    </Flex>
  );
}

/** "2024年签订", or "2024-01-01 至 2024-06-15签订" for a period that is not a whole year. */
function signedTitle(t: (k: string, o?: Record<string, unknown>) => string, s: AgreementStats) {
  return s.from === `${s.year}-01-01` && s.asOf.endsWith('-12-31')
    ? t('agr.stats.signed', { year: s.year })
    : t('agr.stats.signedPeriod', { from: s.from, to: s.asOf });
}
