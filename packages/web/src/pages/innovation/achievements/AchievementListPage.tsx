import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../../auth/session.tsx';
import { labelColumn, linkColumn } from '../../../components/columns.tsx';
import { ListImport } from '../../../components/ListImport.tsx';
import { Money } from '../../../components/labels.tsx';
import { choiceFilter, RegisterList } from '../../../components/RegisterList.tsx';
import { type AchievementSummary, achievementsApi } from './achievements-api.ts';
import { PublishedTag } from './labels.tsx';

type Status = 'draft' | 'published';

/** Staff: the achievements (创新成果) of the studios of my subtree. */
export default function AchievementListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useSession();
  return (
    <RegisterList<AchievementSummary>
      title={t('ach.list.title')}
      testId="achievement"
      filters={[
        { kind: 'search', param: 'q', placeholder: t('ach.list.search'), width: 280 },
        choiceFilter('status', ['draft', 'published'], (v) => t(`ach.status.${v}`), {
          every: t('ach.list.allStatus'),
          width: 140,
        }),
      ]}
      load={({ values, page, pageSize }) =>
        achievementsApi.list({ q: values.q, status: values.status as Status | undefined, page, pageSize })
      }
      actions={(list) => (
        <>
          <ListImport register="achievements" onClosed={list.reload} />
          {can('innovation.write') && (
            <Link to="/innovation/achievements/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="achievement-create">
                {t('ach.list.create')}
              </Button>
            </Link>
          )}
        </>
      )}
      empty={t('ach.list.empty')}
      what={t('ach.list.title')}
      onRow={(row) => ({
        onClick: () => navigate(`/innovation/achievements/${row.id}`),
        style: { cursor: 'pointer' },
      })}
      columns={[
        linkColumn(t('ach.field.title'), 'title', (row) => `/innovation/achievements/${row.id}`),
        labelColumn(t('ach.field.type'), 'type', (v) => t(`ach.type.${v}`), { width: 110 }),
        // the studio with its union below it
        {
          title: t('ach.field.studioUnion'),
          dataIndex: 'studioName',
          render: (studio: string | null, row) => (
            <>
              <div>{studio ?? '—'}</div>
              <div className="muted small">{row.orgName}</div>
            </>
          ),
        },
        { title: t('ach.field.year'), dataIndex: 'year', width: 80 },
        labelColumn(t('ach.field.stage'), 'stage', (v) => t(`ach.stage.${v}`), { width: 90 }),
        {
          title: t('ach.field.conversions'),
          dataIndex: 'conversions',
          width: 130,
          render: (n: number, row) => (n ? <Money fen={row.conversionFen} /> : '—'),
        },
        { title: t('ach.field.leads'), dataIndex: 'leads', width: 90 },
        // a draft has no publishedAt: its tag says 草稿, where labelColumn would show a dash
        {
          title: t('ach.field.status'),
          dataIndex: 'publishedAt',
          width: 90,
          render: (v: string | null) => <PublishedTag publishedAt={v} />,
        },
      ]}
    />
  );
}
