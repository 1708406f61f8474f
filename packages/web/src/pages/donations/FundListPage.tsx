import { Card, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { emptyText } from '../../components/LoadError.tsx';
import { lockedUntilFilled } from '../../components/locked.ts';
import { NewButton } from '../../components/NewButton.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type CreateFund, donationsApi } from './donations-api.ts';
import { FundTable } from './FundTable.tsx';

/** Sets up a special fund of a union in my subtree. */
function FundFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const [v, setV] = useState<Partial<CreateFund>>({ orgId: me?.orgId ?? undefined });
  const set = (patch: Partial<CreateFund>) => setV((old) => ({ ...old, ...patch }));
  const ready = v.orgId && v.name?.trim() && v.purpose?.trim() && v.beneficiary?.trim() && v.foundedOn;
  const submit = async () => {
    if (!ready) return undefined;
    const f = await donationsApi.createFund(v as CreateFund);
    navigate(`/funds/${f.id}`);
    return t('don.funds.saved');
  };
  return (
    <FormDialog
      title={t('don.funds.create')}
      onClose={onClose}
      submit={submit}
      okTestId="fund-submit"
      okProps={{ ...lockedUntilFilled(t, !ready) }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('don.funds.owner')} required>
          <OrgSelect
            value={v.orgId}
            onChange={(id) => set({ orgId: id ?? undefined })}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('don.funds.name')} required>
          <TextLine value={v.name} max={100} onChange={(name) => set({ name })} testId="fund-name" />
        </Form.Item>
        <Form.Item label={t('don.funds.purpose')} required>
          <TextBox value={v.purpose} max={1000} rows={2} onChange={(purpose) => set({ purpose })} />
        </Form.Item>
        <Form.Item label={t('don.funds.beneficiary')} required>
          <TextLine value={v.beneficiary} max={100} onChange={(beneficiary) => set({ beneficiary })} />
        </Form.Item>
        <Form.Item label={t('don.funds.foundedOn')} required>
          <DateField value={v.foundedOn} onChange={(d) => set({ foundedOn: d ?? undefined })} noFuture />
        </Form.Item>
      </Form>
    </FormDialog>
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
