import { Button, Card, Flex, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatTime } from '../../../components/labels.tsx';
import { PagedTable } from '../../../components/PagedTable.tsx';
import { useBusy } from '../../../components/useBusy.ts';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { achievementsApi, type Lead } from './achievements-api.ts';

type Status = Lead['status'];

/** Staff: what enterprises asked through the public catalogue, to the unions of my subtree. */
export default function LeadsPage() {
  const { t } = useTranslation();
  usePageTitle(t('ach.leads.title'));
  const [status, setStatus] = useState<Status | undefined>('new');
  const [page, setPage] = useState(1);
  const { busy, run } = useBusy<number>();
  const list = useLoad(() => achievementsApi.leads({ status, page, pageSize: 20 }), [status, page]);

  const handle = (row: Lead) =>
    run(
      row.id,
      async () => {
        await achievementsApi.handleLead(row.id);
        return t('ach.leads.handled');
      },
      list.reload,
    );

  return (
    <Card title={t('ach.leads.title')}>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 140 }}
          value={status ?? 'all'}
          onChange={(v) => {
            setStatus(v === 'all' ? undefined : (v as Status));
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('ach.leads.all') },
            { value: 'new', label: t('ach.leads.status.new') },
            { value: 'handled', label: t('ach.leads.status.handled') },
          ]}
          data-testid="lead-status-filter"
        />
      </Flex>
      <PagedTable<Lead>
        list={list}
        page={page}
        pageSize={20}
        onPage={setPage}
        empty={t('ach.leads.empty')}
        what={t('ach.leads.title')}
        columns={[
          {
            title: t('ach.leads.achievement'),
            dataIndex: 'achievementTitle',
            render: (v: string, row) => <Link to={`/innovation/achievements/${row.achievementId}`}>{v}</Link>,
          },
          { title: t('ach.leads.organisation'), dataIndex: 'organisation' },
          { title: t('ach.leads.contact'), dataIndex: 'contact' },
          { title: t('ach.leads.need'), dataIndex: 'need', width: 280 },
          { title: t('ach.field.union'), dataIndex: 'orgName' },
          { title: t('ach.leads.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
          {
            title: t('ach.field.status'),
            dataIndex: 'status',
            render: (s: Status) => (
              <Tag color={s === 'new' ? 'gold' : 'default'}>{t(`ach.leads.status.${s}`)}</Tag>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, row) =>
              row.status === 'new' ? (
                <Button type="link" size="small" loading={busy === row.id} onClick={() => handle(row)}>
                  {t('ach.leads.handle')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
