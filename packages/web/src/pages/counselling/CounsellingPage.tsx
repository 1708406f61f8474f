import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount } from '../../components/format.ts';
import { emptyText } from '../../components/LoadError.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ListImport } from '../import/ListImport.tsx';
import { BookForMemberModal } from './BookForMemberModal.tsx';
import { type Counsellor, counsellingApi, slotText } from './counselling-api.ts';

/** Staff: the union's counsellors and trained volunteers, and the bookings of its members (never the notes). */
export default function CounsellingPage() {
  const { t } = useTranslation();
  usePageTitle(t('csl.nav'));
  const [params, set] = useListParams();
  const home = useHomeOrgId();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : (home ?? undefined);
  const tab = params.get('tab') ?? 'register';
  return (
    <Card
      title={t('csl.nav')}
      extra={<OrgSelect value={orgId ?? null} onChange={(v) => set('orgId', v ? String(v) : undefined)} />}
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => set('tab', k)}
        items={[
          { key: 'register', label: t('csl.register.title'), children: <Register orgId={orgId} /> },
          { key: 'bookings', label: t('csl.bookings.title'), children: <Bookings orgId={orgId} /> },
        ]}
      />
    </Card>
  );
}

function Register({ orgId }: { orgId?: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const list = useLoad(() => counsellingApi.counsellors({ orgId }), [orgId]);
  const [adding, setAdding] = useState(false);
  const [training, setTraining] = useState<Counsellor | null>(null);
  const [kind, setKind] = useState<'counsellor' | 'volunteer' | 'all'>('all');
  const [form] = Form.useForm();
  const [trainingForm] = Form.useForm();
  const rows = (list.data?.items ?? []).filter((c) => kind === 'all' || c.kind === kind);
  const hours = rows.reduce((n, c) => n + c.trainingHours, 0);
  const manage = can('counselling.manage');
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Select
          style={{ width: 180 }}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'all', label: `${t('csl.kind.counsellor')} / ${t('csl.kind.volunteer')}` },
            { value: 'counsellor', label: t('csl.kind.counsellor') },
            { value: 'volunteer', label: t('csl.kind.volunteer') },
          ]}
          data-testid="csl-kind-filter"
        />
        {list.data && (
          <Typography.Text type="secondary" data-testid="csl-register-total">
            {t('csl.register.total', { count: formatCount(rows.length) as never, hours: formatCount(hours) })}
          </Typography.Text>
        )}
        <ListImport register="counselling-sessions" onClosed={list.reload} />
        {manage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="csl-add"
          >
            {t('csl.register.add')}
          </Button>
        )}
      </Flex>
      <CappedNotice list={list.data} />
      <Table
        rowKey="id"
        size="small"
        loading={!list.data && !list.error}
        dataSource={rows}
        locale={{ emptyText: emptyText(list, t('csl.register.empty'), t('csl.what.register')) }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="csl-register"
        columns={[
          { title: t('csl.field.name'), dataIndex: 'name' },
          {
            title: t('csl.field.kind'),
            dataIndex: 'kind',
            render: (k: Counsellor['kind']) => t(`csl.kind.${k}`),
          },
          { title: t('csl.field.union'), dataIndex: 'orgName' },
          { title: t('csl.field.qualification'), dataIndex: 'qualification' },
          {
            title: t('csl.field.trainingHours'),
            dataIndex: 'trainingHours',
            align: 'right',
            render: formatCount,
          },
          {
            title: t('csl.field.certificates'),
            dataIndex: 'certificates',
            render: (c: string[]) => [...new Set(c)].map((x) => <Tag key={x}>{x}</Tag>),
          },
          { title: t('csl.field.joinedOn'), dataIndex: 'joinedOn' },
          {
            title: t('csl.field.onDuty'),
            key: 'duty',
            render: (_: unknown, c: Counsellor) =>
              c.kind === 'counsellor' ? (
                <Switch
                  checked={c.onDuty}
                  disabled={!manage}
                  onChange={async (v) => {
                    try {
                      await counsellingApi.setDuty(c.id, v);
                      list.reload();
                    } catch (e) {
                      feedback.error(e);
                    }
                  }}
                  data-testid={`csl-duty-${c.id}`}
                />
              ) : null,
          },
          ...(manage
            ? [
                {
                  title: '',
                  key: 'act',
                  render: (_: unknown, c: Counsellor) => (
                    <Button size="small" onClick={() => setTraining(c)} data-testid={`csl-training-${c.id}`}>
                      {t('csl.register.training')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={adding}
        title={t('csl.register.addTitle')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ kind: 'volunteer', orgId }}
          onFinish={async (v) => {
            try {
              await counsellingApi.addCounsellor({
                orgId: v.orgId,
                name: v.name,
                kind: v.kind,
                qualification: v.qualification || undefined,
                ...(v.kind === 'counsellor' && v.username
                  ? { account: { username: v.username, password: v.password } }
                  : {}),
              });
              feedback.success(t('csl.register.added'));
              setAdding(false);
              list.reload();
            } catch (e) {
              feedback.error(e);
            }
          }}
        >
          <Form.Item name="orgId" label={t('csl.field.union')} rules={[{ required: true }]}>
            <OrgSelect
              value={form.getFieldValue('orgId') ?? null}
              onChange={(v) => form.setFieldValue('orgId', v)}
            />
          </Form.Item>
          <Form.Item name="name" label={t('csl.field.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} data-testid="csl-name" />
          </Form.Item>
          <Form.Item name="kind" label={t('csl.field.kind')}>
            <Select
              options={(['volunteer', 'counsellor'] as const).map((k) => ({
                value: k,
                label: t(`csl.kind.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="qualification" label={t('csl.field.qualification')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue('kind') === 'counsellor' && (
                <>
                  <Alert
                    type="info"
                    showIcon
                    message={t('csl.register.accountHint')}
                    style={{ marginBottom: 12 }}
                  />
                  <Form.Item name="username" label={t('csl.field.username')}>
                    <Input maxLength={64} autoComplete="off" />
                  </Form.Item>
                  <Form.Item name="password" label={t('csl.field.password')}>
                    <Input.Password maxLength={128} autoComplete="new-password" />
                  </Form.Item>
                </>
              )
            }
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!training}
        title={t('csl.register.trainingTitle', { name: training?.name ?? '' })}
        onCancel={() => setTraining(null)}
        onOk={() => trainingForm.submit()}
        destroyOnHidden
      >
        <Form
          form={trainingForm}
          layout="vertical"
          preserve={false}
          onFinish={async (v) => {
            if (!training) return;
            try {
              await counsellingApi.addTraining(training.id, {
                title: v.title,
                hours: v.hours,
                certificate: v.certificate || undefined,
              });
              feedback.success(t('csl.register.trainingAdded'));
              setTraining(null);
              list.reload();
            } catch (e) {
              feedback.error(e);
            }
          }}
        >
          <Form.Item name="title" label={t('csl.field.title')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="hours" label={t('csl.field.hours')} rules={[{ required: true }]}>
            <InputNumber min={1} max={2000} precision={0} />
          </Form.Item>
          <Form.Item name="certificate" label={t('csl.field.certificate')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}

function Bookings({ orgId }: { orgId?: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const list = useLoad(() => counsellingApi.bookings(orgId), [orgId]);
  const slots = useLoad(() => counsellingApi.slots(orgId), [orgId]);
  const [booking, setBooking] = useState(false);
  /** The day staff record a cancellation on (ADR 40): null is today. */
  const [cancelDay, setCancelDay] = useState<string | null>(null);
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon message={t('csl.bookings.hint')} />
      {can('counselling.manage') && (
        <Flex>
          <Button type="primary" onClick={() => setBooking(true)} data-testid="csl-book">
            {t('csl.bookings.book')}
          </Button>
        </Flex>
      )}
      <CappedNotice list={list.data} />
      <Table
        rowKey="id"
        size="small"
        loading={!list.data && !list.error}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: emptyText(list, t('csl.bookings.empty'), t('csl.what.bookings')) }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="csl-bookings"
        columns={[
          { title: t('csl.field.time'), key: 'time', render: (_: unknown, b) => slotText(b) },
          { title: t('csl.field.member'), dataIndex: 'personName' },
          { title: t('csl.field.union'), dataIndex: 'orgName' },
          { title: t('csl.field.counsellor'), dataIndex: 'counsellorName' },
          { title: t('csl.field.mode'), dataIndex: 'mode', render: (m: string) => t(`csl.mode.${m}`) },
          {
            title: t('csl.field.channel'),
            dataIndex: 'channel',
            render: (c: string) => t(`csl.channel.${c}`),
          },
          {
            title: t('csl.field.status'),
            key: 'status',
            render: (_: unknown, b) => (
              <Tag color={b.status === 'booked' ? 'blue' : b.status === 'done' ? 'green' : 'default'}>
                {t(`csl.status.${b.status}`)}
                {b.cancelledBy ? ` · ${t(`csl.cancelledBy.${b.cancelledBy}`)}` : ''}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'act',
            render: (_: unknown, b) =>
              b.status === 'booked' &&
              can('counselling.manage') && (
                <Popconfirm
                  title={t('csl.bookings.cancel')}
                  description={<PastDay value={cancelDay} onChange={setCancelDay} testId="csl-cancel-day" />}
                  onConfirm={async () => {
                    try {
                      await counsellingApi.cancelByStaff(b.id, undefined, cancelDay);
                      feedback.success(t('csl.bookings.cancelled'));
                      list.reload();
                      slots.reload();
                    } catch (e) {
                      feedback.error(e);
                    }
                  }}
                >
                  <Button size="small" data-testid={`csl-cancel-${b.id}`}>
                    {t('csl.bookings.cancel')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {booking && (
        <BookForMemberModal
          orgId={orgId}
          onClose={(booked) => {
            setBooking(false);
            if (booked) {
              list.reload();
              slots.reload();
            }
          }}
        />
      )}
    </Flex>
  );
}
