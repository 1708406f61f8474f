import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { afterToday } from '../../components/DateField.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, toDay, today } from '../../components/dates.ts';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { type PledgeDecisionProps, pledgesApi } from './pledges-api.ts';

interface Values {
  completedOn: Dayjs;
  spentFen: number;
  beneficiaryCount: number;
  beneficiaryNote?: string;
  outputQty?: number;
  outputUnit?: string;
}

/** Staff: a project is done — what it cost, whom it reached, what it delivered. */
export function PledgeCompleteModal({ id, open, onClose, onDone }: PledgeDecisionProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const submit = async (v: Values) => {
    await pledgesApi.complete(id, {
      completedOn: fromDay(v.completedOn) as string,
      spentFen: v.spentFen,
      beneficiaryCount: v.beneficiaryCount,
      beneficiaryNote: v.beneficiaryNote?.trim() || null,
      outputQty: v.outputQty ?? null,
      outputUnit: v.outputUnit?.trim() || null,
    });
    onClose();
    await onDone();
    return t('pl.complete.done');
  };
  return (
    <FieldsDialog
      form={form}
      open={open}
      title={t('pl.complete.title')}
      onClose={onClose}
      submit={submit}
      okTestId="pledge-complete-ok"
      destroyOnHidden={false}
      initialValues={{ completedOn: toDay(today()) }}
    >
      <RequiredItem name="completedOn" label={t('pl.field.completedOn')}>
        <DayPicker style={{ width: '100%' }} disabledDate={afterToday} data-testid="pledge-completed-on" />
      </RequiredItem>
      <RequiredItem name="spentFen" label={t('pl.field.spent')} message={t('pl.complete.needSpent')}>
        <YuanInput style={{ width: '100%' }} testId="pledge-spent" />
      </RequiredItem>
      <RequiredItem
        name="beneficiaryCount"
        label={t('pl.field.beneficiaries')}
        message={t('pl.complete.needBeneficiaries')}
      >
        <NumberInput min={0} max={10_000_000} style={{ width: '100%' }} testId="pledge-beneficiaries" />
      </RequiredItem>
      <TextItem name="beneficiaryNote" label={t('pl.field.beneficiaryNote')} max={500} />
      <div className="form-grid-2">
        <Form.Item name="outputQty" label={t('pl.field.outputQty')}>
          <NumberInput min={1} max={10_000_000} optional style={{ width: '100%' }} />
        </Form.Item>
        <TextItem
          name="outputUnit"
          label={t('pl.field.outputUnit')}
          max={50}
          placeholder={t('pl.complete.unitExample')}
        />
      </div>
    </FieldsDialog>
  );
}
