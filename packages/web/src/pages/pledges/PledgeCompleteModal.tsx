import { Form, Input, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { afterToday } from '../../components/DateField.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, toDay, today } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { pledgesApi } from './pledges-api.ts';

interface Values {
  completedOn: Dayjs;
  spentFen: number;
  beneficiaryCount: number;
  beneficiaryNote?: string;
  outputQty?: number;
  outputUnit?: string;
}

/** Staff: a project is done — what it cost, whom it reached, what it delivered. */
export function PledgeCompleteModal({
  id,
  open,
  onClose,
  onDone,
}: {
  id: number;
  open: boolean;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const invalid = useInvalidFields();
  const submit = async (v: Values) => {
    if (invalid.blocked()) return;
    setBusy(true);
    try {
      await pledgesApi.complete(id, {
        completedOn: fromDay(v.completedOn) as string,
        spentFen: v.spentFen,
        beneficiaryCount: v.beneficiaryCount,
        beneficiaryNote: v.beneficiaryNote?.trim() || null,
        outputQty: v.outputQty ?? null,
        outputUnit: v.outputUnit?.trim() || null,
      });
      feedback.success(t('pl.complete.done'));
      onClose();
      await onDone();
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('pl.complete.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'pledge-complete-ok' } as never}
    >
      <ValidityScope fields={invalid}>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ completedOn: toDay(today()) }}
        >
          <Form.Item name="completedOn" label={t('pl.field.completedOn')} rules={[{ required: true }]}>
            <DayPicker
              style={{ width: '100%' }}
              disabledDate={afterToday}
              data-testid="pledge-completed-on"
            />
          </Form.Item>
          <Form.Item
            name="spentFen"
            label={t('pl.field.spent')}
            rules={[{ required: true, message: t('pl.complete.needSpent') }]}
          >
            <YuanInput style={{ width: '100%' }} testId="pledge-spent" />
          </Form.Item>
          <Form.Item
            name="beneficiaryCount"
            label={t('pl.field.beneficiaries')}
            rules={[{ required: true, message: t('pl.complete.needBeneficiaries') }]}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="pledge-beneficiaries" />
          </Form.Item>
          <Form.Item name="beneficiaryNote" label={t('pl.field.beneficiaryNote')}>
            <Input maxLength={500} />
          </Form.Item>
          <div className="form-grid-2">
            <Form.Item name="outputQty" label={t('pl.field.outputQty')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="outputUnit" label={t('pl.field.outputUnit')}>
              <Input maxLength={50} placeholder={t('pl.complete.unitExample')} />
            </Form.Item>
          </div>
        </Form>
      </ValidityScope>
    </Modal>
  );
}
