import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListImport } from '../../components/ListImport.tsx';
import { RegisterList } from '../../components/RegisterList.tsx';
import { careApi, type Visit } from './care-api.ts';
import { VisitDrawer } from './VisitDrawer.tsx';
import { visitColumns } from './visit-columns.tsx';

/**
 * Staff: every visit of my subtree's unions, in a campaign or not (the past ones brought in from the register among
 * them), by union and year, with its export and the register's import.
 */
export default function VisitListPage() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const params = (values: Record<string, string | undefined>, orgId?: number) =>
    new URLSearchParams({
      ...(orgId ? { orgId: String(orgId) } : {}),
      ...(values.year ? { year: values.year } : {}),
    });
  return (
    <RegisterList<Visit>
      title={t('care.visits.title')}
      testId="care-visits-list"
      org={{ testId: 'care-visits-org' }}
      filters={[
        {
          kind: 'year',
          param: 'year',
          placeholder: t('care.list.year'),
          min: 1990,
          max: 2200,
          testId: 'care-visits-year',
        },
      ]}
      load={({ values, orgId, page, pageSize }) =>
        careApi.visits({ orgId, year: values.year ? Number(values.year) : undefined, page, pageSize })
      }
      exportHref={({ values, orgId }) => `/api/care/visits.xlsx?${params(values, orgId)}`}
      exportLabel={t('care.detail.exportVisits')}
      actions={(list) => (
        <>
          <ListImport register="care-visits" onClosed={list.reload} />
          {open !== null && <VisitDrawer id={open} onClose={() => setOpen(null)} onChanged={list.reload} />}
        </>
      )}
      what={t('care.what.visits')}
      empty={t('care.visits.empty')}
      scroll={{ x: 1100 }}
      onRow={(v) => ({ onClick: () => setOpen(v.id), style: { cursor: 'pointer' } })}
      columns={[
        ...visitColumns(t, setOpen),
        { title: t('care.visits.campaign'), key: 'campaign', render: (_, v) => v.campaign ?? '—' },
      ]}
    />
  );
}
