import { Button, Flex, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { formatFen } from '../../components/money.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { YuanInput } from '../../components/YuanInput.tsx';
import { careApi, type Stock, UNITS } from './care-api.ts';

const newRequestId = () => `stock-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The campaign's goods in stock, and (for its staff) a line to receive goods bought or given. */
export function StockPanel({
  campaignId,
  stock,
  canWrite,
  onChanged,
}: {
  campaignId: number;
  stock: Stock[];
  canWrite: boolean;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const invalid = useInvalidFields();
  const [item, setItem] = useState('');
  const [unit, setUnit] = useState('件');
  const [quantity, setQuantity] = useState<number | null>(null);
  const [valueFen, setValueFen] = useState<number | null>(null);
  const [requestId, setRequestId] = useState(newRequestId);
  const { busy: saving, run: whileSaving } = useSaving();
  /** The day the goods came in; null is today (ADR 40). */
  const [receivedOn, setReceivedOn] = useState<string | null>(null);

  const receive = async () => {
    if (invalid.blocked()) return;
    if (!item.trim() || !quantity) return;
    await whileSaving(async () => {
      await careApi.receive(campaignId, {
        item,
        unit,
        quantity,
        valueFen,
        requestId,
        ...(receivedOn ? { receivedOn } : {}),
      });
      feedback.success(t('care.detail.received'));
      setItem('');
      setQuantity(null);
      setValueFen(null);
      setRequestId(newRequestId());
      await onChanged();
    });
  };

  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t('care.detail.stock')}</Typography.Text>
      <WholeTable<Stock>
        dataSource={stock}
        locale={{ emptyText: t('care.detail.noStock') }}
        data-testid="care-stock"
        columns={[
          { title: t('care.field.item'), dataIndex: 'item' },
          { title: t('care.field.unit'), dataIndex: 'unit', width: 80 },
          { title: t('care.field.received'), dataIndex: 'received', width: 110, align: 'right' },
          { title: t('care.field.delivered'), dataIndex: 'delivered', width: 110, align: 'right' },
          { title: t('care.field.left'), dataIndex: 'left', width: 110, align: 'right' },
          {
            title: t('care.field.value'),
            dataIndex: 'valueFen',
            width: 140,
            align: 'right',
            render: (fen: number) => (fen ? formatFen(fen) : '—'),
          },
        ]}
      />
      {canWrite && (
        <ValidityScope fields={invalid}>
          <Form layout="inline" onFinish={receive} style={{ rowGap: 8 }}>
            <Field id="care-stock-item" label={t('care.field.item')} required>
              <TextLine value={item} max={50} onChange={setItem} testId="care-stock-item" />
            </Field>
            <Field id="care-stock-unit" label={t('care.field.unit')}>
              <Select
                value={unit}
                onChange={setUnit}
                style={{ width: 80 }}
                options={UNITS.map((u) => ({ value: u, label: u }))}
                data-testid="care-stock-unit"
              />
            </Field>
            <Field id="care-stock-quantity" label={t('care.field.quantity')} required>
              <NumberInput
                min={1}
                max={100_000_000}
                optional
                value={quantity}
                onChange={setQuantity}
                testId="care-stock-quantity"
              />
            </Field>
            <Field id="care-stock-value" label={t('care.field.value')}>
              <YuanInput value={valueFen} onChange={setValueFen} emptyMeans="—" testId="care-stock-value" />
            </Field>
            <Form.Item>
              <PastDay value={receivedOn} onChange={setReceivedOn} testId="care-stock-received-on" />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={saving}
              disabled={!item.trim() || !quantity}
              data-testid="care-stock-receive"
            >
              {t('care.detail.receive')}
            </Button>
          </Form>
        </ValidityScope>
      )}
    </Flex>
  );
}
