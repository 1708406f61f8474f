import { Card, Flex } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { FigureNotes, useWords, type Words } from '../../components/FigureNotes.tsx';
import { formatCount } from '../../components/format.ts';
import { UnionStatsPage } from '../../components/StatsPage.tsx';
import { PeriodNote } from '../../components/StatsPeriod.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { unionTreeColumn } from '../../components/union-tree.tsx';
import { counsellingApi } from './counselling-api.ts';

/** A count, or the marker of a hidden one: "<5" (1 to 4) or "*" (hidden so that a "<5" cannot be worked out). */
const cell = (v: number | '<5' | '*') => (typeof v === 'number' ? formatCount(v) : v);

/** Statistics: sessions, assessments, referrals, counsellors, volunteers and training hours by union and month. */
export default function CounsellingStatsPage() {
  const { t } = useTranslation();
  const words = useWords();
  type Notes = { key: string; label: Words }[];
  // every figure the export has, in its order, each headed by the name the export and its notes give it
  const columns = <R,>(notes: Notes, first: ColumnType<R>, people: boolean): ColumnType<R>[] => [
    first,
    ...(
      [
        'sessions',
        'peopleServed',
        'assessments',
        'referrals',
        ...(people ? ['counsellors', 'volunteers'] : []),
        'trainingHours',
      ] as const
    ).map((k) => ({
      title: words(notes.find((n) => n.key === k)?.label),
      dataIndex: k,
      align: 'right' as const,
      render: cell,
    })),
  ];
  return (
    <UnionStatsPage
      title={t('csl.stats.title')}
      area="counselling"
      stats={counsellingApi.stats}
      unionLabel={t('csl.stats.union')}
      xlsx={{ href: counsellingApi.statsUrl, testId: 'csl-stats-export' }}
      hint={t('csl.stats.hint')}
      pickUnion={t('csl.stats.pickUnion')}
      what={t('csl.what.stats')}
    >
      {(s) => {
        const unions = [
          ...s.byUnion.map((u) =>
            u.own
              ? { ...u, orgName: s.orgName ? t('csl.stats.own', { name: s.orgName }) : t('csl.stats.ownAll') }
              : u,
          ),
          { orgId: 0, orgName: t('csl.stats.total'), own: false, ...s.total },
        ];
        return (
          <Flex vertical gap={16} data-testid="csl-stats">
            <PeriodNote {...s} />
            <Card title={t('csl.stats.byUnion')} size="small">
              <WholeTable
                rowKey="orgName"
                data-testid="csl-stats-union"
                dataSource={unions}
                columns={columns(s.notes, unionTreeColumn(unions, { title: t('csl.stats.union') }), true)}
              />
            </Card>
            <Card title={t('csl.stats.byMonth')} size="small">
              <WholeTable
                rowKey="month"
                data-testid="csl-stats-month"
                dataSource={s.byMonth}
                columns={columns<(typeof s.byMonth)[number]>(
                  s.notes,
                  { title: t('csl.stats.month'), dataIndex: 'month' },
                  false,
                )}
              />
            </Card>
            <FigureNotes notes={s.notes} />
          </Flex>
        );
      }}
    </UnionStatsPage>
  );
}
