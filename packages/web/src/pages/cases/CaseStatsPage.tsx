import { Card, Col, Flex, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DayPicker } from '../../components/DayPicker.tsx';
import { today } from '../../components/dates.ts';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { StatsHeader } from '../../components/StatsHeader.tsx';
import { UnionStats } from '../../components/StatsPage.tsx';
import { UnionsCard, WholeTable } from '../../components/TableCard.tsx';
import { useUnionParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLocale } from '../../locale.tsx';
import { type CaseStats, casesApi, named } from './cases-api.ts';

/** Staff: the requests of a union subtree over a range of days, read from the maintained counts. */
export default function CaseStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('case.stats.title'));
  const { params, set, orgId, unionPending } = useUnionParams();
  const from =
    params.get('from') ?? dayjs(today()).subtract(11, 'month').startOf('month').format('YYYY-MM-DD');
  const to = params.get('to') ?? today();
  // A day asked for: open and overdue as they stood on it (from the recorded steps); else at the period's end.
  const asOf = params.get('asOf') ?? undefined;
  const query = useMemo(() => ({ orgId, from, to, asOf }), [orgId, from, to, asOf]);
  const stats = useLoad(() => (query.orgId ? casesApi.stats(query) : Promise.resolve(undefined)), [query]);
  return (
    <Flex vertical gap={16}>
      <StatsHeader
        title={t('case.stats.title')}
        orgId={orgId}
        unionLabel={t('case.stats.union')}
        period={
          <>
            <span>{t('case.stats.from')}</span>
            <DayPicker
              allowClear={false}
              value={dayjs(from)}
              onChange={(d) => d && set('from', d.format('YYYY-MM-DD'))}
              data-testid="case-stats-from"
            />
            <span>{t('case.stats.to')}</span>
            <DayPicker
              allowClear={false}
              value={dayjs(to)}
              onChange={(d) => d && set('to', d.format('YYYY-MM-DD'))}
              data-testid="case-stats-to"
            />
            <span>{t('case.stats.statesAsOf')}</span>
            <DayPicker
              value={asOf ? dayjs(asOf) : null}
              onChange={(d) => set('asOf', d ? d.format('YYYY-MM-DD') : undefined)}
              data-testid="case-stats-as-of"
            />
          </>
        }
        export={{
          href: casesApi.statsExportUrl(query),
          disabled: !orgId,
          testId: 'case-stats-export',
        }}
      />
      <UnionStats
        scope={{ orgId, ready: true, stats, unionPending }}
        pickUnion={t('case.stats.pickUnion')}
        what={t('case.stats.what')}
      >
        {(s) => <Figures s={s} />}
      </UnionStats>
    </Flex>
  );
}

function Figures({ s }: { s: CaseStats }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const none = t('case.stats.none');
  // a headline figure in its card: a count says its unit; a note says how it is counted or on which day
  const figure = (cardTestId: string, title: string, value: number | string, note?: string) => ({
    cardTestId,
    title,
    value,
    suffix: typeof value === 'number' ? t('case.stats.unit') : undefined,
    note: note && <Typography.Text type="secondary">{note}</Typography.Text>,
  });
  const small = (rows: { key: string; label: string; n: number }[], title: string) => (
    <Col xs={24} md={12}>
      <Card size="small" title={title}>
        <WholeTable
          rowKey="key"
          dataSource={rows}
          columns={[{ dataIndex: 'label' }, { dataIndex: 'n', align: 'right' }]}
          showHeader={false}
        />
      </Card>
    </Col>
  );
  return (
    <Flex vertical gap={16} data-testid="case-stats">
      <Typography.Text type="secondary">{`${s.orgName} · ${s.from} – ${s.to}`}</Typography.Text>
      <FigureRow
        card
        col={{ xs: 12, md: 8, xl: 4 }}
        figures={[
          figure('stat-filed', t('case.stats.filed'), s.filed),
          figure('stat-answered', t('case.stats.answered'), s.answered),
          figure(
            'stat-on-time',
            t('case.stats.onTimeRate'),
            s.onTimeRate === null ? none : `${(s.onTimeRate * 100).toFixed(1)}%`,
            t('case.stats.onTimeHint', { onTime: s.onTime, answered: s.answered }),
          ),
          figure(
            'stat-rating',
            t('case.stats.rating'),
            s.ratingAverage === null ? none : s.ratingAverage.toFixed(2),
            t('case.stats.ratedHint', { n: s.rated }),
          ),
          figure('stat-open', t('case.stats.open'), s.open, t('case.stats.statesOn', { day: s.statesOn })),
          figure(
            'stat-overdue',
            t('case.stats.overdue'),
            s.overdue,
            t('case.stats.statesOn', { day: s.statesOn }),
          ),
        ]}
      />
      <Typography.Text type="secondary">{t('case.stats.asOf', { day: s.statesOn })}</Typography.Text>
      <Row gutter={[16, 16]}>
        {small(
          s.byChannel.map((r) => ({ key: r.channel, label: t(`case.channel.${r.channel}`), n: r.n })),
          t('case.stats.byChannel'),
        )}
        {small(
          s.byCategory.map((r) => ({ key: r.category, label: named(r.name, lang), n: r.n })),
          t('case.stats.byCategory'),
        )}
      </Row>
      <UnionsCard
        title={t('case.stats.byUnion')}
        rows={s.byUnion}
        union={{
          title: t('case.stats.union'),
          dataIndex: 'orgName',
          render: (name: string, r) => (r.own ? t('case.stats.own', { name }) : name),
        }}
        columns={[
          { title: t('case.stats.filed'), dataIndex: 'filed', align: 'right' },
          { title: t('case.stats.answered'), dataIndex: 'answered', align: 'right' },
          { title: t('case.onTime'), dataIndex: 'onTime', align: 'right' },
          { title: t('case.stats.open'), dataIndex: 'open', align: 'right' },
          { title: t('case.stats.overdue'), dataIndex: 'overdue', align: 'right' },
        ]}
      />
      <FigureNotes notes={s.notes} />
    </Flex>
  );
}
