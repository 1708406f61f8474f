import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { EditDialog } from '../../components/EditDialog.tsx';
import { lockedUntilFilled } from '../../components/locked.ts';
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
          <Form.Item label={t('don.field.donorKind')} required>
            <Radio.Group
              value={v.kind}
              onChange={(e) => set({ kind: e.target.value })}
              options={(['enterprise', 'person'] as const).map((k) => ({
                value: k,
                label: t(`don.donorKind.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item label={t('don.field.name')} required>
            <Input
              value={v.name}
              maxLength={200}
              onChange={(e) => set({ name: e.target.value })}
              data-testid="donor-edit-name"
            />
          </Form.Item>
          <Form.Item label={t('don.field.contactName')}>
            <Input
              value={v.contactName ?? ''}
              maxLength={50}
              onChange={(e) => set({ contactName: e.target.value })}
            />
          </Form.Item>
          <Form.Item label={t('don.field.phone')}>
            <Input value={v.phone ?? ''} maxLength={20} onChange={(e) => set({ phone: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('don.field.address')}>
            <Input
              value={v.address ?? ''}
              maxLength={200}
              onChange={(e) => set({ address: e.target.value })}
            />
          </Form.Item>
          <Form.Item label={t('don.field.note')}>
            <Input.TextArea
              rows={2}
              value={v.note ?? ''}
              maxLength={1000}
              onChange={(e) => set({ note: e.target.value })}
            />
          </Form.Item>
        </Form>
      )}
    </EditDialog>
  );
}
