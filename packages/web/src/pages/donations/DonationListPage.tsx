import { useTranslation } from 'react-i18next';
import { thisYear } from '../../components/dates.ts';
import { heldDialog } from '../../components/FormDialog.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { RegisterList, selectFilter, viewsFilter } from '../../components/RegisterList.tsx';
import { DonationFormModal } from './DonationFormModal.tsx';
import { useDonationColumns } from './DonationTable.tsx';
import { type Donation, type DonationKind, donationsApi } from './donations-api.ts';

const YEARS = Array.from({ length: 15 }, (_, i) => thisYear() - i);

/** Staff: donations received by the unions of my subtree, with their acknowledgements. */
export default function DonationListPage() {
  const { t } = useTranslation();
  const columns = useDonationColumns(true);
  return (
    <RegisterList<Donation>
      title={t('don.donations.title')}
      testId="donation"
      filters={[
        viewsFilter('kind', ['money', 'goods'], (k) => t(`don.kind.${k}`), { every: t('don.donations.all') }),
        selectFilter('year', YEARS.map(String), (y) => y, {
          placeholder: t('don.donations.year'),
          width: 140,
        }),
      ]}
      load={({ values, page, pageSize }) =>
        donationsApi.donations({
          kind: values.kind as DonationKind | undefined,
          year: values.year ? Number(values.year) : undefined,
          page,
          pageSize,
        })
      }
      exportHref={({ values }) =>
        `/api/donations.xlsx?${new URLSearchParams({
          ...(values.kind ? { kind: values.kind } : {}),
          ...(values.year ? { year: values.year } : {}),
        })}`
      }
      exportLabel={t('don.donations.export')}
      actions={(list) => <ListImport register="donations" onClosed={list.reload} />}
      create={{
        permission: 'donations.write',
        label: t('don.donations.create'),
        testId: 'donation-new',
        dialog: (_, close, reload) => <DonationFormModal {...heldDialog(close, reload)} />,
      }}
      what={t('don.donations.what')}
      empty={t('don.donations.empty')}
      scroll={{ x: 1000 }}
      columns={columns}
    />
  );
}
