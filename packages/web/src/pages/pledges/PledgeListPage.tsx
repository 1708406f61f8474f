import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { CappedTable } from '../../components/CappedTable.tsx';
import { fenColumn, labelColumn, linkColumn } from '../../components/columns.tsx';
import { DateField } from '../../components/DateField.tsx';
import { thisYear as currentYear } from '../../components/dates.ts';
import { FigureNotes } from '../../components/FigureNotes.tsx';
import { FigureRow } from '../../components/FigureRow.tsx';
import { formatFen } from '../../components/format.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { NewButton } from '../../components/NewButton.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useUnionParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useStatsYear } from '../../components/useStatsYear.ts';
import { PledgeStatusTag } from './labels.tsx';
import { PledgeCreateModal } from './PledgeCreateModal.tsx';
import { type Category, type Pledge, type PledgeStats, pledgesApi } from './pledges-api.ts';

/**
 * Staff: a union's 办实事 projects over several years — each year's promises, how many were done within the
 * year, money and workers reached, read from the maintained counts — and the projects themselves by year.
 */
export default function PledgeListPage() {
  const { t } = useTranslation();
  usePageTitle(t('pl.list.title'));
  const { me, can } = useSession();
  const navigate = useNavigate();
  const { params, setMany: set, orgId, pickUnion } = useUnionParams();
  const thisYear = currentYear();
  // Without years in the address: the three years up to the newest one with figures.
  const newest = useStatsYear('pledges', orgId, params.get('to') ? Number(params.get('to')) : undefined).year;
  const toYear = newest ?? thisYear;
  const fromYear = Number(params.get('from') ?? toYear - 2);
  const [creating, setCreating] = useState(false);
  const list = useLoad(() => pledgesApi.list({ orgId, fromYear, toYear }), [orgId, fromYear, toYear]);
  // The projects' states as they stood on a day (default the last day of the years shown).
  const asOf = params.get('asOf') ?? undefined;
  const statsQuery = { orgId, fromYear, toYear, ...(asOf ? { asOf } : {}) };
  const stats = useLoad(
    () => (orgId ? pledgesApi.stats(statsQuery) : Promise.resolve(null)),
    [orgId, fromYear, toYear, asOf],
  );
  const years = Array.from({ length: 12 }, (_, i) => thisYear - i).map((y) => ({
    value: y,
    label: String(y),
  }));

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('pl.list.title')}
        extra={
          <Flex gap={8} wrap align="center">
            <OrgSelect value={orgId ?? null} onChange={pickUnion} testId="pledge-org" />
            <Select
              value={fromYear}
              options={years}
              onChange={(y) => set({ from: String(y) })}
              aria-label={t('period.fromYear')}
              data-testid="pledge-from"
            />
            <span>—</span>
            <Select
              value={toYear}
              options={years}
              onChange={(y) => set({ to: String(y) })}
              aria-label={t('period.toYear')}
              data-testid="pledge-to"
            />
            <span>{t('pl.stats.asOf')}</span>
            <DateField
              style={{ width: 150 }}
              value={asOf ?? null}
              onChange={(v) => set({ asOf: v ?? undefined })}
              allowClear
              testId="pledge-as-of"
            />
            {orgId && (
              <Button icon={<DownloadOutlined />} href={pledgesApi.statsExportUrl(statsQuery)}>
                {t('pl.stats.export')}
              </Button>
            )}
            <ListImport register="pledges" onClosed={list.reload} />
            {can('pledges.write') && me?.orgId && (
              <NewButton onClick={() => setCreating(true)} testId="pledge-new">
                {t('pl.list.create')}
              </NewButton>
            )}
          </Flex>
        }
      >
        {orgId ? (
          <LoadGate state={stats} what={t('pl.stats.what')}>
            {(s) => s && <StatsSummary s={s} />}
          </LoadGate>
        ) : (
          <Typography.Text type="secondary">{t('pl.stats.chooseUnion')}</Typography.Text>
        )}
      </Card>
      <Card title={t('pl.list.projects')}>
        <CappedTable<Pledge>
          list={list}
          what={t('pl.list.what')}
          empty={t('pl.list.empty')}
          data-testid="pledge-table"
          columns={[
            { title: t('pl.field.year'), dataIndex: 'year', width: 70 },
            linkColumn(t('pl.field.title'), 'title', (p) => `/pledges/${p.id}`),
            { title: t('pl.field.union'), dataIndex: 'orgName' },
            labelColumn(
              t('pl.field.category'),
              'category',
              (c: Category) => <Tag>{t(`pl.category.${c}`)}</Tag>,
              { width: 120 },
            ),
            fenColumn(t('pl.field.budget'), 'budgetFen', { width: 130 }),
            { title: t('pl.field.department'), dataIndex: 'department', width: 120 },
            {
              title: t('pl.field.progress'),
              key: 'progress',
              width: 110,
              render: (_, p) => t('pl.list.milestones', { done: p.milestonesDone, all: p.milestones }),
            },
            labelColumn(
              t('pl.field.status'),
              'status',
              (s: Pledge['status']) => <PledgeStatusTag status={s} />,
              { width: 90 },
            ),
          ]}
        />
      </Card>
      <PledgeCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onDone={(id) => navigate(`/pledges/${id}`)}
      />
    </Flex>
  );
}

function StatsSummary({ s }: { s: PledgeStats }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary" data-testid="pledge-states">
        {t('pl.stats.states', { asOf: s.asOf, ...s.states })}
      </Typography.Text>
      <FigureRow
        gutter={16}
        figures={[
          { title: t('pl.stats.promised'), value: s.promised, testId: 'pledge-stat-promised' },
          { title: t('pl.stats.completedInYear'), value: s.completedInYear, testId: 'pledge-stat-done' },
          { title: t('pl.stats.spent'), value: formatFen(s.spentFen) },
          { title: t('pl.stats.beneficiaries'), value: s.beneficiaries },
        ]}
      />
      <WholeTable
        rowKey="year"
        dataSource={s.years}
        data-testid="pledge-years"
        columns={[
          { title: t('pl.field.year'), dataIndex: 'year' },
          { title: t('pl.stats.promised'), dataIndex: 'promised', align: 'right' },
          { title: t('pl.stats.completedInYear'), dataIndex: 'completedInYear', align: 'right' },
          { title: t('pl.stats.completedLate'), dataIndex: 'completedLate', align: 'right' },
          fenColumn(t('pl.field.budget'), 'budgetFen'),
          fenColumn(t('pl.stats.spent'), 'spentFen'),
          { title: t('pl.stats.beneficiaries'), dataIndex: 'beneficiaries', align: 'right' },
        ]}
      />
      {(s.outputs.length > 0 || s.series.length > 0) && (
        <Flex gap={8} wrap data-testid="pledge-outputs">
          {s.outputs.map((o) => (
            <Tag key={o.unit} color="green">
              {t('pl.stats.output', { qty: o.qty, unit: o.unit })}
            </Tag>
          ))}
          {s.series.map((r) => (
            <Tag key={r.series} color="blue">
              {t('pl.stats.series', { series: r.series, years: r.projects, spent: formatFen(r.spentFen) })}
            </Tag>
          ))}
        </Flex>
      )}
      <FigureNotes notes={s.notes} />
    </Flex>
  );
}
