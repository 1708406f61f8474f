import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { linkColumn, timeColumn } from '../../../components/columns.tsx';
import { choiceFilter, RegisterList } from '../../../components/RegisterList.tsx';
import { useBusy } from '../../../components/useBusy.ts';
import { achievementsApi, type Lead } from './achievements-api.ts';

type Status = Lead['status'];

/** Staff: what enterprises asked through the public catalogue, to the unions of my subtree. */
export default function LeadsPage() {
  const { t } = useTranslation();
  const { busy, run } = useBusy<number>();
  return (
    <RegisterList<Lead>
      title={t('ach.leads.title')}
      testId="lead"
      filters={[
        choiceFilter('status', ['new', 'handled'], (v) => t(`ach.leads.status.${v}`), {
          every: t('ach.leads.all'),
          initial: 'new',
          width: 140,
          testId: 'lead-status-filter',
        }),
      ]}
      load={({ values, page, pageSize }) =>
        achievementsApi.leads({ status: values.status as Status | undefined, page, pageSize })
      }
      empty={t('ach.leads.empty')}
      what={t('ach.leads.title')}
      columns={(list) => [
        linkColumn(
          t('ach.leads.achievement'),
          'achievementTitle',
          (row) => `/innovation/achievements/${row.achievementId}`,
        ),
        { title: t('ach.leads.organisation'), dataIndex: 'organisation' },
        { title: t('ach.leads.contact'), dataIndex: 'contact' },
        { title: t('ach.leads.need'), dataIndex: 'need', width: 280 },
        { title: t('ach.field.union'), dataIndex: 'orgName' },
        timeColumn(t('ach.leads.createdAt'), 'createdAt'),
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
              <Button
                type="link"
                size="small"
                loading={busy === row.id}
                onClick={() =>
                  run(
                    row.id,
                    async () => {
                      await achievementsApi.handleLead(row.id);
                      return t('ach.leads.handled');
                    },
                    list.reload,
                  )
                }
              >
                {t('ach.leads.handle')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
