import { Alert, Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DialogProps, FieldsDialog } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { programsApi } from '../programs/programs-api.ts';
import { donationsApi, type Fund, type FundDetail, type FundYear } from './donations-api.ts';

/** Names the program a fund grants through: one owned by the fund's union. */
export function LinkProgramModal({ fund, onClose, onDone }: DialogProps<{ fund: Fund }, [d: FundDetail]>) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [options, setOptions] = useState<{ value: number; label: string }[] | null>(null);
  useEffect(() => {
    programsApi
      .list({ pageSize: 200 })
      .then((page) =>
        setOptions(
          page.items.filter((p) => p.ownerOrgId === fund.orgId).map((p) => ({ value: p.id, label: p.name })),
        ),
      )
      .catch(feedback.error);
  }, [fund.orgId, feedback]);
  const [form] = Form.useForm<{ programId: number }>();
  const programId = Form.useWatch('programId', form);
  const submit = async (v: { programId: number }) => {
    if (!v.programId) return undefined;
    onDone(await donationsApi.linkProgram(fund.id, v.programId));
    return t('don.fund.saved');
  };
  return (
    <FieldsDialog
      form={form}
      title={t('don.fund.linkProgram')}
      onClose={onClose}
      submit={submit}
      okProps={{ disabled: !programId }}
      initialValues={{ programId: fund.programId ?? undefined }}
    >
      <Form.Item name="programId" label={t('don.fund.programId')} extra={t('don.fund.programHint')} required>
        <Select loading={options === null} options={options ?? []} data-testid="fund-program" />
      </Form.Item>
    </FieldsDialog>
  );
}

/** Enters a year before the platform as the fund reported it. */
export function EarlierYearModal({
  fundId,
  onClose,
  onDone,
}: DialogProps<{ fundId: number }, [d: FundDetail]>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FundYear>();
  const ready = Form.useWatch(
    (v: Partial<FundYear>) => !!v.year && v.incomeFen != null && v.grantedFen != null && v.helped != null,
    form,
  );
  const submit = async (v: FundYear) => {
    if (!ready) return undefined;
    onDone(await donationsApi.addYear(fundId, v));
    return t('don.fund.yearSaved');
  };
  return (
    <FieldsDialog
      form={form}
      title={t('don.fund.addYear')}
      onClose={onClose}
      submit={submit}
      okProps={{ disabled: !ready }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('don.fund.addYearHint')} />
      <Form.Item name="year" label={t('don.fund.year')} required>
        <NumberInput min={1990} max={2200} />
      </Form.Item>
      <Form.Item name="incomeFen" label={t('don.fund.yearIncome')} required>
        <YuanInput />
      </Form.Item>
      <Form.Item name="grantedFen" label={t('don.fund.yearGranted')} required>
        <YuanInput />
      </Form.Item>
      <Form.Item name="helped" label={t('don.fund.yearHelped')} required>
        <NumberInput min={0} max={10_000_000} />
      </Form.Item>
    </FieldsDialog>
  );
}
