import { Card, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { FormDate } from '../../components/DateField.tsx';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { emptyText } from '../../components/LoadError.tsx';
import { lockedUntilFilled } from '../../components/locked.ts';
import { NewButton } from '../../components/NewButton.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type CreateFund, donationsApi } from './donations-api.ts';
import { FundTable } from './FundTable.tsx';

/** Sets up a special fund of a union in my subtree. */
function FundFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateFund>();
  const ready = Form.useWatch(
    (v: Partial<CreateFund>) =>
      !!(v.orgId && v.name?.trim() && v.purpose?.trim() && v.beneficiary?.trim() && v.foundedOn),
    form,
  );
  const submit = async (v: CreateFund) => {
    if (!ready) return undefined;
    const f = await donationsApi.createFund(v);
    navigate(`/funds/${f.id}`);
    return t('don.funds.saved');
  };
  return (
    <FieldsDialog
      form={form}
      title={t('don.funds.create')}
      onClose={onClose}
      submit={submit}
      okTestId="fund-submit"
      okProps={{ ...lockedUntilFilled(t, !ready) }}
      initialValues={{ orgId: me?.orgId ?? undefined }}
    >
      <Form.Item name="orgId" label={t('don.funds.owner')} required>
        <OrgSelect style={{ width: '100%' }} />
      </Form.Item>
      <TextItem name="name" label={t('don.funds.name')} max={100} required testId="fund-name" />
      <TextItem name="purpose" label={t('don.funds.purpose')} max={1000} rows={2} required />
      <TextItem name="beneficiary" label={t('don.funds.beneficiary')} max={100} required />
      <Form.Item name="foundedOn" label={t('don.funds.foundedOn')} required>
        <FormDate noFuture />
      </Form.Item>
    </FieldsDialog>
  );
}

/** Staff: the special funds run by the unions of my subtree. */
export default function FundListPage() {
  const { t } = useTranslation();
  usePageTitle(t('don.funds.title'));
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const list = useLoad(() => donationsApi.funds(), []);
  return (
    <Card
      title={t('don.funds.title')}
      extra={
        can('donations.write') && (
          <NewButton onClick={() => setCreating(true)} testId="fund-new">
            {t('don.funds.create')}
          </NewButton>
        )
      }
    >
      <FundTable
        funds={list.data ?? []}
        empty={emptyText(list, t('don.funds.empty'), t('don.funds.what'))}
        testId="fund-table"
      />
      {creating && <FundFormModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
