import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { lockedUntilFilled } from '../../components/locked.ts';
import { formatFen } from '../../components/money.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { DonorFields } from './DonorFields.tsx';
import { type CreateDonor, type Donor, type DonorKind, donationsApi } from './donations-api.ts';

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
        <Form.Item label={t('don.field.keptBy')} required>
          <OrgSelect
            value={v.orgId}
            onChange={(id) => set({ orgId: id ?? undefined })}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <DonorFields<Partial<CreateDonor>> v={v} set={set} nameTestId="donor-name" />
      </Form>
    </FormDialog>
  );
}

/** Staff: the caring units kept by the unions of my subtree, what each has given. */
export default function DonorListPage() {
  const { t } = useTranslation();
  usePageTitle(t('don.donors.title'));
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useLoad(
    () => donationsApi.donors({ q: q.trim() || undefined, page, pageSize: 20 }),
    [q, page],
  );
  return (
    <Card
      title={t('don.donors.title')}
      extra={
        can('donations.write') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="donor-new"
          >
            {t('don.donors.create')}
          </Button>
        )
      }
    >
      <Input.Search
        allowClear
        style={{ width: 260, marginBottom: 16 }}
        placeholder={t('don.donors.search')}
        onSearch={(s) => {
          setQ(s);
          setPage(1);
        }}
      />
      <PagedTable<Donor>
        list={list}
        page={page}
        pageSize={20}
        onPage={setPage}
        what={t('don.donors.what')}
        empty={t('don.donors.empty')}
        data-testid="donor-table"
        columns={[
          {
            title: t('don.field.name'),
            dataIndex: 'name',
            render: (name: string, d) => <Link to={`/donors/${d.id}`}>{name}</Link>,
          },
          {
            title: t('don.field.donorKind'),
            dataIndex: 'kind',
            width: 140,
            render: (k: DonorKind) => t(`don.donorKind.${k}`),
          },
          { title: t('don.field.contactName'), dataIndex: 'contactName', width: 100 },
          { title: t('don.field.phone'), dataIndex: 'phone', width: 140 },
          { title: t('don.field.keptBy'), dataIndex: 'orgName' },
          { title: t('don.field.donations'), dataIndex: 'donations', width: 100, align: 'right' },
          {
            title: t('don.field.given'),
            dataIndex: 'givenFen',
            width: 180,
            align: 'right',
            render: (fen: number) => formatFen(fen),
          },
        ]}
      />
      {creating && <DonorFormModal open onClose={() => setCreating(false)} />}
    </Card>
  );
}
