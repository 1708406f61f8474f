import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Input, InputNumber, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { emptyText } from '../../components/LoadError.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { electionsApi, type Founding, STATUS_COLOR, splitNames } from './elections-api.ts';

/** Staff: the foundings (组建) recorded by the unions of a subtree, and a new application. */
export default function FoundingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('el.foundings.title'));
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const home = useHomeOrgId();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : (home ?? undefined);
  const list = useLoad(() => electionsApi.foundings(orgId), [orgId]);
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title={t('el.foundings.title')}
      extra={
        <Flex gap={8} wrap>
          <OrgSelect value={orgId ?? null} onChange={(v) => setParams(v ? { orgId: String(v) } : {})} />
          {can('elections.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="el-new"
            >
              {t('el.foundings.create')}
            </Button>
          )}
        </Flex>
      }
    >
      <CappedNotice list={list.data} />
      <Table<Founding>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        dataSource={list.data?.items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{
          emptyText: emptyText(list, <Empty description={t('el.foundings.empty')} />, t('el.what.foundings')),
        }}
        data-testid="el-foundings"
        columns={[
          {
            title: t('el.field.name'),
            dataIndex: 'name',
            render: (name: string, f) => <Link to={`/foundings/${f.id}`}>{name}</Link>,
          },
          { title: t('el.field.employer'), dataIndex: 'employerName' },
          { title: t('el.field.parent'), dataIndex: 'parentOrgName' },
          { title: t('el.field.appliedOn'), dataIndex: 'appliedOn' },
          {
            title: t('el.field.status'),
            dataIndex: 'status',
            render: (s: Founding['status']) => <Tag color={STATUS_COLOR[s]}>{t(`el.status.${s}`)}</Tag>,
          },
        ]}
      />
      {creating && (
        <ApplyModal
          orgId={orgId}
          onClose={() => setCreating(false)}
          onDone={(id) => navigate(`/foundings/${id}`)}
        />
      )}
    </Card>
  );
}

interface Values {
  name: string;
  employerName: string;
  workerCount?: number;
  applicants: string;
}

function ApplyModal({
  orgId,
  onClose,
  onDone,
}: {
  orgId?: number;
  onClose: () => void;
  onDone: (id: number) => void;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const [parent, setParent] = useState<number | null>(orgId ?? null);
  const [on, setOn] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: Values) => {
    if (!parent) return;
    setBusy(true);
    try {
      const { id } = await electionsApi.apply({
        parentOrgId: parent,
        name: v.name.trim(),
        employerName: v.employerName.trim(),
        workerCount: v.workerCount ?? null,
        applicants: splitNames(v.applicants),
        ...(on ? { effectiveOn: on } : {}),
      });
      feedback.success(t('el.foundings.created'));
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
      title={t('el.foundings.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      width={640}
      okButtonProps={{ 'data-testid': 'el-apply-ok' } as never}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item label={t('el.field.parent')} required>
          <OrgSelect value={parent} onChange={(v) => setParent(v)} testId="el-parent" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('el.field.name')}
          rules={[{ required: true, whitespace: true, message: t('el.foundings.needName') }]}
        >
          <Input maxLength={100} data-testid="el-name" />
        </Form.Item>
        <div className="form-grid-2">
          <Form.Item
            name="employerName"
            label={t('el.field.employer')}
            rules={[{ required: true, whitespace: true, message: t('el.foundings.needEmployer') }]}
          >
            <Input maxLength={200} data-testid="el-employer" />
          </Form.Item>
          <Form.Item name="workerCount" label={t('el.field.workerCount')}>
            <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item
          name="applicants"
          label={t('el.field.applicants')}
          extra={t('el.namesHint')}
          rules={[{ required: true, whitespace: true, message: t('el.foundings.needApplicants') }]}
        >
          <Input maxLength={2000} data-testid="el-applicants" />
        </Form.Item>
        <PastDay value={on} onChange={setOn} testId="el-apply-on" />
      </Form>
    </Modal>
  );
}
