import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Flex,
  Form,
  Image,
  Input,
  InputNumber,
  Modal,
  QRCode,
  Radio,
  Rate,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount } from '../../components/format.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { districtName } from './beijing-districts.ts';
import { StationForm } from './StationForm.tsx';
import { CHECKLIST, SERVICES, type Service, type StationDetail, stationsApi } from './stations-api.ts';

/** Staff: a station — its QR code, stock, visits and services, inspections, photos; edit it. */
export default function StationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const s = useLoad(() => stationsApi.get(id), [id]);
  usePageTitle(s.data?.name ?? t('st.what.station'));
  return (
    <LoadGate state={s} what={t('st.what.station')}>
      {(x) => <Detail s={x} reload={s.reload} />}
    </LoadGate>
  );
}

type Dialog = 'edit' | 'receive' | 'service' | 'inspect' | null;

function Detail({ s, reload }: { s: StationDetail; reload: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const [dialog, setDialog] = useState<Dialog>(null);
  const write = can('stations.write');
  const checkInUrl = `${window.location.origin}/s/${s.token}`;
  const done = async (text: string) => {
    setDialog(null);
    feedback.success(text);
    await reload();
  };
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space>
            {s.name}
            <Tag>{t(`st.kind.${s.kind}`)}</Tag>
            {s.status === 'closed' && <Tag>{t('st.status.closed')}</Tag>}
            {s.uninspected && <Tag color="orange">{t('st.list.flag')}</Tag>}
          </Space>
        }
        extra={
          write && (
            <Button onClick={() => setDialog('edit')} data-testid="st-edit">
              {t('st.detail.edit')}
            </Button>
          )
        }
      >
        <Row gutter={24}>
          <Col span={17}>
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={t('st.field.union')}>{s.orgName}</Descriptions.Item>
              <Descriptions.Item label={t('st.field.district')}>
                {districtName(s.district, i18n.language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('st.field.address')} span={2}>
                {s.address}（{s.lng.toFixed(6)}, {s.lat.toFixed(6)} · GCJ-02）
              </Descriptions.Item>
              <Descriptions.Item label={t('st.field.openingHours')}>
                {s.openingHours || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('st.field.openedOn')}>{s.openedOn}</Descriptions.Item>
              <Descriptions.Item label={t('st.field.services')} span={2}>
                <Space size={4} wrap data-testid="st-services">
                  {s.services.map((x) => (
                    <Tag key={x} color="blue">
                      {t(`st.service.${x}`)}
                    </Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('st.field.phone')}>{s.phone || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('st.field.keeper')}>{s.keeper || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('st.field.stars')}>
                {s.stars ? (
                  <Rate disabled value={s.stars} style={{ fontSize: 14 }} />
                ) : s.lastResult === 'failed' ? (
                  <Tag color="red">{t('st.detail.failed')}</Tag>
                ) : (
                  t('st.detail.noInspection')
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('st.field.lastInspected')}>
                {s.lastInspectedOn ?? '—'}
              </Descriptions.Item>
              {s.note && (
                <Descriptions.Item label={t('st.field.note')} span={2}>
                  {s.note}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Flex gap={24} style={{ marginTop: 16 }}>
              <Statistic title={t('st.detail.visitsTotal')} value={formatCount(s.visitsTotal)} />
              <Statistic title={t('st.detail.visitsMonth')} value={formatCount(s.visitsThisMonth)} />
            </Flex>
          </Col>
          <Col span={7}>
            <Flex vertical align="center" gap={8} data-testid="st-qr">
              <Typography.Text strong>{t('st.detail.qr')}</Typography.Text>
              <QRCode value={checkInUrl} size={180} />
              <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
                {t('st.detail.qrHint')}
              </Typography.Text>
              <a
                href={checkInUrl}
                target="_blank"
                rel="noreferrer"
                data-testid="st-checkin-link"
                style={{ fontSize: 12 }}
              >
                {t('st.detail.openCheckin')}
              </a>
              {write && (
                <Button
                  size="small"
                  onClick={() =>
                    Modal.confirm({
                      title: t('st.detail.renewConfirm'),
                      onOk: async () => {
                        try {
                          await stationsApi.renewToken(s.id);
                          await done(t('st.detail.renewed'));
                        } catch (err) {
                          feedback.error(err);
                        }
                      },
                    })
                  }
                >
                  {t('st.detail.renew')}
                </Button>
              )}
            </Flex>
          </Col>
        </Row>
      </Card>

      <Card
        title={t('st.detail.stock')}
        extra={
          write && (
            <Space>
              <Button onClick={() => setDialog('receive')} data-testid="st-receive">
                {t('st.detail.receive')}
              </Button>
              <Button type="primary" onClick={() => setDialog('service')} data-testid="st-record">
                {t('st.detail.record')}
              </Button>
            </Space>
          )
        }
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={s.stock}
          data-testid="st-stock"
          locale={{ emptyText: t('st.detail.none') }}
          columns={[
            { title: t('st.detail.item'), dataIndex: 'item' },
            { title: t('st.detail.unit'), dataIndex: 'unit', width: 80 },
            {
              title: t('st.detail.inStock'),
              dataIndex: 'received',
              align: 'right',
              render: (v: number) => formatCount(v),
            },
            {
              title: t('st.detail.handedOut'),
              dataIndex: 'handedOut',
              align: 'right',
              render: (v: number) => formatCount(v),
            },
            {
              title: t('st.detail.left'),
              key: 'left',
              align: 'right',
              render: (_, r) => <span data-testid={`st-left-${r.item}`}>{formatCount(r.left)}</span>,
            },
          ]}
        />
      </Card>

      <Card title={t('st.detail.visits')}>
        <Table
          rowKey="id"
          size="small"
          dataSource={s.visits}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('st.detail.none') }}
          data-testid="st-visits"
          columns={[
            { title: t('st.detail.day'), dataIndex: 'visitedOn', width: 110 },
            { title: '', key: 'via', width: 130, render: (_, r) => t(`st.detail.via.${r.via}`) },
            {
              title: t('member.name'),
              key: 'who',
              width: 120,
              render: (_, r) => r.personName ?? t('st.detail.anonymous'),
            },
            {
              title: t('st.detail.servicesGiven'),
              key: 'services',
              render: (_, r) => r.services.map((x) => t(`st.service.${x}`)).join(listSeparator()) || '—',
            },
            {
              title: t('st.detail.goods'),
              key: 'goods',
              render: (_, r) =>
                r.goods.map((g) => `${g.item} ${formatCount(g.quantity)}${g.unit}`).join(listSeparator()) ||
                '—',
            },
            { title: t('st.field.note'), dataIndex: 'note' },
          ]}
        />
      </Card>

      <Card
        title={t('st.detail.inspections')}
        extra={
          write && (
            <Button onClick={() => setDialog('inspect')} data-testid="st-inspect">
              {t('st.detail.inspect')}
            </Button>
          )
        }
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={s.inspections}
          locale={{ emptyText: t('st.detail.noInspection') }}
          data-testid="st-inspections"
          columns={[
            { title: t('st.detail.day'), dataIndex: 'inspectedOn', width: 110 },
            { title: t('st.detail.inspectors'), dataIndex: 'inspectors' },
            {
              title: t('st.detail.checklist'),
              key: 'checklist',
              render: (_, r) => (
                <Space size={4} wrap>
                  {r.checklist.map((c) => (
                    <Tag key={c.item} color={c.passed ? 'green' : 'red'}>
                      {c.item}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: t('st.detail.result'),
              key: 'result',
              width: 120,
              render: (_, r) =>
                r.stars ? (
                  <Rate disabled value={r.stars} style={{ fontSize: 12 }} />
                ) : (
                  <Tag color="red">{t('st.detail.failed')}</Tag>
                ),
            },
            { title: t('st.field.note'), dataIndex: 'note' },
            {
              title: t('st.detail.photos'),
              key: 'photos',
              render: (_, r) => (
                <Space>
                  {r.photoIds.map((p) => (
                    <Image key={p} width={40} src={stationsApi.photoUrl(s.id, p)} />
                  ))}
                  {write && (
                    <PhotoUpload
                      url={stationsApi.uploadPhotoUrl(s.id, r.id)}
                      onDone={() => done(t('st.detail.uploaded'))}
                      small
                    />
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Card title={t('st.detail.photos')}>
        <Space wrap>
          {s.photoIds.map((p) => (
            <Image key={p} width={120} src={stationsApi.photoUrl(s.id, p)} />
          ))}
          {write && (
            <PhotoUpload
              url={stationsApi.uploadPhotoUrl(s.id)}
              onDone={() => done(t('st.detail.uploaded'))}
            />
          )}
        </Space>
      </Card>

      <StationForm
        open={dialog === 'edit'}
        station={s}
        onClose={() => setDialog(null)}
        onSaved={() => done(t('st.detail.saved'))}
      />
      {dialog === 'receive' && (
        <ReceiveDialog s={s} onClose={() => setDialog(null)} onDone={() => done(t('st.detail.received'))} />
      )}
      {dialog === 'service' && (
        <ServiceDialog s={s} onClose={() => setDialog(null)} onDone={() => done(t('st.detail.recorded'))} />
      )}
      {dialog === 'inspect' && (
        <InspectDialog s={s} onClose={() => setDialog(null)} onDone={() => done(t('st.detail.inspected'))} />
      )}
    </Flex>
  );
}

function PhotoUpload({ url, onDone, small }: { url: string; onDone: () => void; small?: boolean }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  return (
    <Upload
      action={url}
      name="file"
      accept=".jpg,.jpeg,.png,.webp"
      showUploadList={false}
      withCredentials
      onChange={(info) => {
        if (info.file.status === 'done') onDone();
        if (info.file.status === 'error') feedback.error(info.file.response ?? info.file.error);
      }}
    >
      <Button size={small ? 'small' : 'middle'} icon={<UploadOutlined />}>
        {small ? '' : t('st.detail.upload')}
      </Button>
    </Upload>
  );
}

function useSubmit(onDone: () => void) {
  const feedback = useFeedback();
  const [saving, setSaving] = useState(false);
  const run = async (fn: () => Promise<unknown>) => {
    setSaving(true);
    try {
      await fn();
      onDone();
    } catch (err) {
      feedback.error(err);
    } finally {
      setSaving(false);
    }
  };
  return { saving, run };
}

function DayItem({ name }: { name: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const form = Form.useFormInstance();
  if (!can('history.backdate')) return null;
  return (
    <Form.Item name={name} label={t('st.detail.day')}>
      <DateField
        value={form.getFieldValue(name)}
        onChange={(v) => form.setFieldValue(name, v ?? undefined)}
        noFuture
        allowClear
      />
    </Form.Item>
  );
}

function ReceiveDialog({
  s,
  onClose,
  onDone,
}: {
  s: StationDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, run } = useSubmit(onDone);
  return (
    <Modal
      open
      title={t('st.detail.receive')}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'st-receive-ok' } as never}
      onOk={async () => {
        const v = await form.validateFields();
        await run(() => stationsApi.receive(s.id, v));
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ unit: '份' }}>
        <Form.Item
          name="item"
          label={t('st.detail.item')}
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input data-testid="st-receive-item" />
        </Form.Item>
        <Space>
          <Form.Item name="quantity" label={t('st.detail.quantity')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1_000_000} precision={0} data-testid="st-receive-quantity" />
          </Form.Item>
          <Form.Item
            name="unit"
            label={t('st.detail.unit')}
            rules={[{ required: true, whitespace: true, max: 10 }]}
          >
            <Input style={{ width: 80 }} />
          </Form.Item>
        </Space>
        <Form.Item name="source" label={t('st.detail.source')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <DayItem name="effectiveOn" />
      </Form>
    </Modal>
  );
}

function ServiceDialog({
  s,
  onClose,
  onDone,
}: {
  s: StationDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{
    services: Service[];
    goods: { stockId: number; quantity: number }[];
    personId?: number;
    note?: string;
    effectiveOn?: string;
  }>();
  const { saving, run } = useSubmit(onDone);
  return (
    <Modal
      open
      width={640}
      title={t('st.detail.record')}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'st-record-ok' } as never}
      onOk={async () => {
        const v = await form.validateFields();
        await run(() =>
          stationsApi.recordService(s.id, {
            services: v.services ?? [],
            goods: (v.goods ?? []).filter((g) => g?.stockId && g.quantity),
            ...(v.personId ? { personId: v.personId } : {}),
            ...(v.note ? { note: v.note } : {}),
            ...(v.effectiveOn ? { effectiveOn: v.effectiveOn } : {}),
          }),
        );
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ services: [], goods: [] }}>
        <Form.Item name="services" label={t('st.detail.servicesGiven')}>
          <Checkbox.Group
            options={SERVICES.filter((x) => s.services.includes(x)).map((x) => ({
              value: x,
              label: t(`st.service.${x}`),
            }))}
            data-testid="st-record-services"
          />
        </Form.Item>
        <Form.List name="goods">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4}>
              <Typography.Text>{t('st.detail.goods')}</Typography.Text>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'stockId']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 240 }}
                      data-testid={`st-record-item-${f.name}`}
                      options={s.stock.map((k) => ({
                        value: k.id,
                        label: `${k.item}（${t('st.detail.left')} ${formatCount(k.left)}${k.unit}）`,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'quantity']} rules={[{ required: true }]}>
                    <InputNumber
                      min={1}
                      max={10_000}
                      precision={0}
                      data-testid={`st-record-quantity-${f.name}`}
                    />
                  </Form.Item>
                  <Button type="link" onClick={() => remove(f.name)}>
                    ×
                  </Button>
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={!s.stock.length}
                onClick={() => add({ quantity: 1 })}
                data-testid="st-record-add"
              >
                {t('st.detail.addGoods')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="personId" label={t('st.detail.person')} style={{ marginTop: 12 }}>
          <PersonSelect
            value={form.getFieldValue('personId')}
            onChange={(v) => form.setFieldValue('personId', Array.isArray(v) ? v[0] : (v ?? undefined))}
            known={[]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('st.field.note')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <DayItem name="effectiveOn" />
      </Form>
    </Modal>
  );
}

function InspectDialog({
  s,
  onClose,
  onDone,
}: {
  s: StationDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, run } = useSubmit(onDone);
  const [items, setItems] = useState(CHECKLIST.map((item) => ({ item, passed: true })));
  const [extra, setExtra] = useState('');
  const result = Form.useWatch('result', form);
  return (
    <Modal
      open
      width={640}
      title={t('st.detail.inspect')}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'st-inspect-ok' } as never}
      onOk={async () => {
        const v = await form.validateFields();
        await run(() =>
          stationsApi.inspect(s.id, {
            inspectors: v.inspectors,
            checklist: items,
            result: v.result,
            ...(v.result === 'stars' ? { stars: v.stars } : {}),
            ...(v.note ? { note: v.note } : {}),
            ...(v.effectiveOn ? { effectiveOn: v.effectiveOn } : {}),
          }),
        );
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ result: 'stars', stars: 3 }}>
        <Form.Item
          name="inspectors"
          label={t('st.detail.inspectors')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input data-testid="st-inspectors" />
        </Form.Item>
        <Form.Item label={t('st.detail.checklist')}>
          <Flex vertical gap={4}>
            {items.map((c, i) => (
              <Checkbox
                key={c.item}
                checked={c.passed}
                onChange={(e) =>
                  setItems(items.map((x, k) => (k === i ? { ...x, passed: e.target.checked } : x)))
                }
              >
                {c.item}
              </Checkbox>
            ))}
            <Space.Compact style={{ maxWidth: 320 }}>
              <Input value={extra} onChange={(e) => setExtra(e.target.value)} maxLength={100} />
              <Button
                disabled={!extra.trim() || items.some((x) => x.item === extra.trim())}
                onClick={() => {
                  setItems([...items, { item: extra.trim(), passed: true }]);
                  setExtra('');
                }}
              >
                {t('st.detail.addItem')}
              </Button>
            </Space.Compact>
          </Flex>
        </Form.Item>
        <Form.Item name="result" label={t('st.detail.result')}>
          <Radio.Group
            options={[
              { value: 'stars', label: t('st.field.stars') },
              { value: 'failed', label: t('st.detail.failed') },
            ]}
          />
        </Form.Item>
        {result === 'stars' && (
          <Form.Item name="stars" rules={[{ required: true }]}>
            <Rate count={5} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('st.field.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <DayItem name="effectiveOn" />
      </Form>
    </Modal>
  );
}
