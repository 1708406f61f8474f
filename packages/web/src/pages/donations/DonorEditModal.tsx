import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { EditDialog } from '../../components/EditDialog.tsx';
import { Field } from '../../components/Field.tsx';
import { lockedUntilFilled } from '../../components/locked.ts';
import { TextBox } from '../../components/TextBox.tsx';
import { DonorFields } from './DonorFields.tsx';
import { type DonorDetail, donationsApi, type EditDonor } from './donations-api.ts';

type Values = Required<EditDonor>;

/** Staff: correct a donor's name, kind and contact; every change lands in the donor's history. */
export function DonorEditModal({
  donor,
  onDone,
}: {
  donor: DonorDetail['donor'];
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <EditDialog<Values>
      testId="donor-edit"
      okTestId="donor-edit-ok"
      title={t('don.donor.edit')}
      start={() => ({
        kind: donor.kind,
        name: donor.name,
        contactName: donor.contactName ?? '',
        phone: donor.phone ?? '',
        address: donor.address ?? '',
        note: donor.note ?? '',
      })}
      okProps={(v) => lockedUntilFilled(t, !v?.name.trim())}
      save={async (v) => {
        if (!v.name.trim()) return false;
        return donationsApi.editDonor(donor.id, {
          kind: v.kind,
          name: v.name.trim(),
          contactName: v.contactName?.trim() || null,
          phone: v.phone?.trim() || null,
          address: v.address?.trim() || null,
          note: v.note?.trim() || null,
        });
      }}
      onDone={onDone}
    >
      {(v, set) => (
        <Form layout="vertical">
          <DonorFields v={v} set={set} nameTestId="donor-edit-name" />
          <Field id="donor-edit-note" label={t('don.field.note')}>
            <TextBox rows={2} value={v.note ?? ''} max={1000} onChange={(note) => set({ note })} />
          </Field>
        </Form>
      )}
    </EditDialog>
  );
}
