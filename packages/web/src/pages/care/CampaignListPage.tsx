import { useTranslation } from 'react-i18next';
import { fenColumn, linkColumn } from '../../components/columns.tsx';
import { RegisterList } from '../../components/RegisterList.tsx';
import { CampaignFormModal } from './CampaignFormModal.tsx';
import { type Campaign, careApi } from './care-api.ts';

/** Staff: the 送温暖 campaigns of my subtree and of the unions above that mine takes part in. */
export default function CampaignListPage() {
  const { t } = useTranslation();
  return (
    <RegisterList<Campaign>
      title={t('care.list.title')}
      testId="care"
      filters={[
        {
          kind: 'year',
          param: 'year',
          placeholder: t('care.list.year'),
          min: 2000,
          max: 2100,
          testId: 'care-year',
        },
      ]}
      load={({ values, page, pageSize }) =>
        careApi.campaigns({ year: values.year ? Number(values.year) : undefined, page, pageSize })
      }
      create={{
        permission: 'care.write',
        label: t('care.list.create'),
        testId: 'care-new',
        dialog: (_, close) => <CampaignFormModal onClose={close} />,
      }}
      what={t('care.what.campaigns')}
      empty={t('care.list.empty')}
      columns={[
        linkColumn(t('care.field.title'), 'title', (c) => `/care/${c.id}`),
        { title: t('care.field.union'), dataIndex: 'orgName' },
        {
          title: t('care.field.period'),
          key: 'period',
          width: 210,
          render: (_, c) => `${c.startsOn} — ${c.endsOn}`,
        },
        fenColumn(t('care.field.budget'), 'budgetFen', { width: 140 }),
        { title: t('care.field.visits'), dataIndex: 'visits', width: 100, align: 'right' },
      ]}
    />
  );
}
