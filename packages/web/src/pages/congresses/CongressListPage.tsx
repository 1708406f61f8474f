import { Flex, Form, Input, InputNumber, Modal, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount } from '../../components/format.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { RegisterList } from '../../components/RegisterList.tsx';
import { type Congress, congressesApi, type NewCongress } from './congresses-api.ts';

/** Staff: the congresses of a union's subtree, and setting one up for an enterprise union. */
export default function CongressListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
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
      columns={[
        {
          title: t('cong.field.name'),
          dataIndex: 'name',
          render: (v: string, c) => <Link to={`/congresses/${c.id}`}>{v}</Link>,
        },
        { title: t('cong.field.union'), dataIndex: 'orgName' },
        {
          title: t('cong.field.kind'),
          dataIndex: 'kind',
          render: (k: Congress['kind']) => <Tag>{t(`cong.kind.${k}`)}</Tag>,
        },
        {
          title: t('cong.field.term'),
          dataIndex: 'termNumber',
          render: (n: number | null) => (n ? t('cong.field.termN', { n }) : '—'),
        },
        {
          title: t('cong.field.delegates'),
          dataIndex: 'delegates',
          align: 'right',
          render: (n: number) => formatCount(n),
        },
        {
          title: t('cong.field.lastHeld'),
          dataIndex: 'lastHeldOn',
          render: (d: string | null) => d ?? '—',
        },
      ]}
      create={{
        permission: 'congresses.manage',
        label: t('cong.list.create'),
        testId: 'cong-new',
        dialog: ({ orgId }, close) => (
          <CreateModal orgId={orgId} onClose={close} onDone={(id) => navigate(`/congresses/${id}`)} />
        ),
      }}
    />
  );
}

function CreateModal({
  orgId,
  onClose,
  onDone,
}: {
  orgId: number | undefined;
  onClose: () => void;
  onDone: (id: number) => void;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm<NewCongress>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: NewCongress) => {
    setBusy(true);
    try {
      const { id } = await congressesApi.create(v);
      feedback.success(t('cong.list.done'));
      onDone(id);
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('cong.list.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'cong-create-ok' } as never}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          orgId,
          kind: 'congress',
          frontlineMinPct: 50,
          managerMaxPct: 20,
          cosignMin: 2,
          answerDays: 15,
        }}
      >
        <Form.Item name="orgId" label={t('cong.field.union')} rules={[{ required: true }]}>
          <OrgSelect value={orgId ?? null} onChange={(v) => form.setFieldValue('orgId', v ?? undefined)} />
        </Form.Item>
        <Form.Item name="name" label={t('cong.field.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} data-testid="cong-create-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('cong.field.kind')}>
          <Select
            options={(['congress', 'assembly'] as const).map((k) => ({
              value: k,
              label: t(`cong.kind.${k}`),
            }))}
          />
        </Form.Item>
        <SettingsFields />
      </Form>
    </Modal>
  );
}

/** The four settings of a congress, as form items. */
export function SettingsFields() {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap>
      <Form.Item name="frontlineMinPct" label={t('cong.field.frontlineMinPct')} rules={[{ required: true }]}>
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
      <Form.Item name="managerMaxPct" label={t('cong.field.managerMaxPct')} rules={[{ required: true }]}>
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
      <Form.Item name="cosignMin" label={t('cong.field.cosignMin')} rules={[{ required: true }]}>
        <InputNumber min={0} max={50} precision={0} />
      </Form.Item>
      <Form.Item name="answerDays" label={t('cong.field.answerDays')} rules={[{ required: true }]}>
        <InputNumber min={1} max={250} precision={0} />
      </Form.Item>
    </Flex>
  );
}
