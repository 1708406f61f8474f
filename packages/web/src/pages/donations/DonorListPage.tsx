import { Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { fenColumn, labelColumn, linkColumn } from '../../components/columns.tsx';
import { Field } from '../../components/Field.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { lockedUntilFilled } from '../../components/locked.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { RegisterList } from '../../components/RegisterList.tsx';
import { DonorFields } from './DonorFields.tsx';
import { type CreateDonor, type Donor, donationsApi } from './donations-api.ts';

/** Registers a caring unit with its contact. */
function DonorFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const [v, setV] = useState<Partial<CreateDonor>>({ kind: 'enterprise', orgId: me?.orgId ?? undefined });
  const set = (patch: Partial<CreateDonor>) => setV((old) => ({ ...old, ...patch }));
  const submit = async () => {
    if (!v.orgId || !v.name?.trim() || !v.kind) return undefined;
    const d = await donationsApi.createDonor({ ...(v as CreateDonor), name: v.name.trim() });
    navigate(`/donors/${d.id}`);
    return t('don.donors.saved');
  };
  return (
    <FormDialog
      open={open}
      title={t('don.donors.create')}
      onClose={onClose}
      submit={submit}
      okTestId="donor-submit"
      okProps={{ ...lockedUntilFilled(t, !v.orgId || !v.name?.trim()) }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Field id="donor-list-kept-by" label={t('don.field.keptBy')} required>
          <OrgSelect
            value={v.orgId}
            onChange={(id) => set({ orgId: id ?? undefined })}
            style={{ width: '100%' }}
          />
        </Field>
        <DonorFields<Partial<CreateDonor>> v={v} set={set} nameTestId="donor-name" />
      </Form>
    </FormDialog>
  );
}

/** Staff: the caring units kept by the unions of my subtree, what each has given. */
export default function DonorListPage() {
  const { t } = useTranslation();
  return (
    <RegisterList<Donor>
      title={t('don.donors.title')}
      testId="donor"
      filters={[{ kind: 'search', param: 'q', placeholder: t('don.donors.search'), width: 260 }]}
      load={({ values, page, pageSize }) => donationsApi.donors({ q: values.q, page, pageSize })}
      create={{
        permission: 'donations.write',
        label: t('don.donors.create'),
        testId: 'donor-new',
        dialog: (_, close) => <DonorFormModal open onClose={close} />,
      }}
      what={t('don.donors.what')}
      empty={t('don.donors.empty')}
      columns={[
        linkColumn(t('don.field.name'), 'name', (d) => `/donors/${d.id}`),
        labelColumn(t('don.field.donorKind'), 'kind', (k) => t(`don.donorKind.${k}`), { width: 140 }),
        { title: t('don.field.contactName'), dataIndex: 'contactName', width: 100 },
        { title: t('don.field.phone'), dataIndex: 'phone', width: 140 },
        { title: t('don.field.keptBy'), dataIndex: 'orgName' },
        { title: t('don.field.donations'), dataIndex: 'donations', width: 100, align: 'right' },
        fenColumn(t('don.field.given'), 'givenFen', { width: 180 }),
      ]}
    />
  );
}
