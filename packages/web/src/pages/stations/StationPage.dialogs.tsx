import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, Radio, Rate, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { DateField } from '../../components/DateField.tsx';
import { type DialogProps, FieldsDialog } from '../../components/FormDialog.tsx';
import { requiredRule } from '../../components/form-rules.ts';
import { formatCount } from '../../components/format.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import {
  CHECKLIST,
  checklistItemName,
  SERVICES,
  type Service,
  type StationDetail,
  stationsApi,
} from './stations-api.ts';

export type Dialog = 'edit' | 'receive' | 'service' | 'inspect' | null;

/**
 * What a part of a station's page is given: the station, whether the user may write, opening a dialog, and what
 * follows a change (the words toasted, the page reloaded).
 */
export interface StationPartProps {
  s: StationDetail;
  write: boolean;
  setDialog: (d: Dialog) => void;
  done: (text: string) => Promise<void>;
}

/** A station's dialog: the station, closing it, and what follows a record saved (the page reloads). */
type StationDialogProps = DialogProps<{ s: StationDetail }>;

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

/** Goods received into the station's stock. */
export function ReceiveDialog({ s, onClose, onDone }: StationDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <FieldsDialog
      form={form}
      title={t('st.detail.receive')}
      onClose={onClose}
      okTestId="st-receive-ok"
      submit={async (v) => {
        await stationsApi.receive(s.id, v);
        onDone();
        return undefined;
      }}
      initialValues={{ unit: '份' }}
    >
      <Form.Item
        name="item"
        label={t('st.detail.item')}
        rules={[{ ...requiredRule(t, t('st.detail.item')), whitespace: true, max: 50 }]}
      >
        <Input data-testid="st-receive-item" />
      </Form.Item>
      <Space>
        <RequiredItem name="quantity" label={t('st.detail.quantity')}>
          <NumberInput min={1} max={1_000_000} testId="st-receive-quantity" />
        </RequiredItem>
        <Form.Item
          name="unit"
          label={t('st.detail.unit')}
          rules={[{ ...requiredRule(t, t('st.detail.unit')), whitespace: true, max: 10 }]}
        >
          <Input style={{ width: 80 }} />
        </Form.Item>
      </Space>
      <Form.Item name="source" label={t('st.detail.source')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <DayItem name="effectiveOn" />
    </FieldsDialog>
  );
}

/** A visit recorded by hand: the services given and the goods handed out. */
export function ServiceDialog({ s, onClose, onDone }: StationDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{
    services: Service[];
    goods: { stockId: number; quantity: number }[];
    personId?: number;
    note?: string;
    effectiveOn?: string;
  }>();
  return (
    <FieldsDialog
      form={form}
      width={640}
      title={t('st.detail.record')}
      onClose={onClose}
      okTestId="st-record-ok"
      submit={async (v) => {
        await stationsApi.recordService(s.id, {
          services: v.services ?? [],
          goods: (v.goods ?? []).filter((g) => g?.stockId && g.quantity),
          ...(v.personId ? { personId: v.personId } : {}),
          ...(v.note ? { note: v.note } : {}),
          ...(v.effectiveOn ? { effectiveOn: v.effectiveOn } : {}),
        });
        onDone();
        return undefined;
      }}
      initialValues={{ services: [], goods: [] }}
    >
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
                <Form.Item name={[f.name, 'stockId']} rules={[requiredRule(t, t('st.detail.item'))]}>
                  <Select
                    style={{ width: 240 }}
                    data-testid={`st-record-item-${f.name}`}
                    options={s.stock.map((k) => ({
                      value: k.id,
                      label: `${k.item}${aside(`${t('st.detail.left')} ${formatCount(k.left)}${k.unit}`)}`,
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'quantity']} rules={[requiredRule(t, t('st.detail.quantity'))]}>
                  <NumberInput min={1} max={10_000} testId={`st-record-quantity-${f.name}`} />
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
    </FieldsDialog>
  );
}

/** An inspection: the checklist, the stars given, the inspectors. */
export function InspectDialog({ s, onClose, onDone }: StationDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [items, setItems] = useState(
    CHECKLIST.map((item): { item: string; passed: boolean } => ({ item, passed: true })),
  );
  const [extra, setExtra] = useState('');
  const result = Form.useWatch('result', form);
  return (
    <FieldsDialog
      form={form}
      width={640}
      title={t('st.detail.inspect')}
      onClose={onClose}
      okTestId="st-inspect-ok"
      preserve
      submit={async (v) => {
        await stationsApi.inspect(s.id, {
          inspectors: v.inspectors,
          checklist: items,
          result: v.result,
          ...(v.result === 'stars' ? { stars: v.stars } : {}),
          ...(v.note ? { note: v.note } : {}),
          ...(v.effectiveOn ? { effectiveOn: v.effectiveOn } : {}),
        });
        onDone();
        return undefined;
      }}
      initialValues={{ result: 'stars', stars: 3 }}
    >
      <Form.Item
        name="inspectors"
        label={t('st.detail.inspectors')}
        rules={[{ ...requiredRule(t, t('st.detail.inspectors')), whitespace: true, max: 200 }]}
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
              {checklistItemName(c.item)}
            </Checkbox>
          ))}
          <Space.Compact style={{ maxWidth: 320 }}>
            <TextLine value={extra} onChange={setExtra} max={100} />
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
        <Form.Item name="stars" rules={[requiredRule(t, t('st.field.stars'))]}>
          <Rate count={5} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('st.field.note')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <DayItem name="effectiveOn" />
    </FieldsDialog>
  );
}
