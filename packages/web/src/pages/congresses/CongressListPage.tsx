import { Flex, Form, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { countColumn, labelColumn, linkColumn, textColumn } from '../../components/columns.tsx';
import { FieldsDialog, type NewRecordDialogProps } from '../../components/FormDialog.tsx';
import { ListImport } from '../../components/ListImport.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { RegisterList } from '../../components/RegisterList.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { type Congress, congressesApi, type NewCongress } from './congresses-api.ts';

/**
 * Staff: the congresses of a union's subtree, setting one up for an enterprise union, and bringing their past terms and
 * sessions in (the register 职代会届次与会议).
 */
export default function CongressListPage() {
  const { t } = useTranslation();
  return (
    <RegisterList<Congress>
      title={t('cong.list.title')}
      testId="cong-list"
      org
      paging="client"
      pageSize={50}
      load={({ orgId }) => congressesApi.list(orgId).then((items) => ({ items, total: items.length }))}
      empty={t('cong.list.empty')}
      what={t('cong.what.list')}
      tableTestId="cong-list"
      actions={(list) => <ListImport register="congresses" onClosed={list.reload} />}
      columns={[
        linkColumn(t('cong.field.name'), 'name', (c) => `/congresses/${c.id}`),
        { title: t('cong.field.union'), dataIndex: 'orgName' },
        labelColumn(t('cong.field.kind'), 'kind', (k: Congress['kind']) => <Tag>{t(`cong.kind.${k}`)}</Tag>),
        {
          title: t('cong.field.term'),
          dataIndex: 'termNumber',
          render: (n: number | null) => (n ? t('cong.field.termN', { n }) : '—'),
        },
        countColumn(t('cong.field.delegates'), 'delegates'),
        textColumn(t('cong.field.lastHeld'), 'lastHeldOn'),
      ]}
      create={{
        permission: 'congresses.manage',
        label: t('cong.list.create'),
        testId: 'cong-new',
        Dialog: CreateModal,
        opens: (id) => `/congresses/${id}`,
      }}
    />
  );
}

function CreateModal({ orgId, onClose, onDone }: NewRecordDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewCongress>();
  const submit = async (v: NewCongress) => {
    const { id } = await congressesApi.create(v);
    onDone(id);
    return t('cong.list.done');
  };
  return (
    <FieldsDialog
      form={form}
      title={t('cong.list.create')}
      onClose={onClose}
      submit={submit}
      okTestId="cong-create-ok"
      initialValues={{
        orgId,
        kind: 'congress',
        frontlineMinPct: 50,
        managerMaxPct: 20,
        cosignMin: 2,
        answerDays: 15,
      }}
    >
      <RequiredItem name="orgId" label={t('cong.field.union')}>
        <OrgSelect value={orgId ?? null} onChange={(v) => form.setFieldValue('orgId', v ?? undefined)} />
      </RequiredItem>
      <TextItem name="name" label={t('cong.field.name')} max={100} required testId="cong-create-name" />
      <Form.Item name="kind" label={t('cong.field.kind')}>
        <Select options={optionsOf(['congress', 'assembly'] as const, (k) => t(`cong.kind.${k}`))} />
      </Form.Item>
      <SettingsFields />
    </FieldsDialog>
  );
}

/** The four settings of a congress, as form items. */
export function SettingsFields() {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap>
      <RequiredItem name="frontlineMinPct" label={t('cong.field.frontlineMinPct')}>
        <NumberInput min={0} max={100} />
      </RequiredItem>
      <RequiredItem name="managerMaxPct" label={t('cong.field.managerMaxPct')}>
        <NumberInput min={0} max={100} />
      </RequiredItem>
      <RequiredItem name="cosignMin" label={t('cong.field.cosignMin')}>
        <NumberInput min={0} max={50} />
      </RequiredItem>
      <RequiredItem name="answerDays" label={t('cong.field.answerDays')}>
        <NumberInput min={1} max={250} />
      </RequiredItem>
    </Flex>
  );
}
