import { Alert, Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DialogProps, FormDialog } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { CountInput, YuanInput } from '../../components/YuanInput.tsx';
import { programsApi } from '../programs/programs-api.ts';
import { donationsApi, type Fund, type FundDetail, type FundYear } from './donations-api.ts';

/** Names the program a fund grants through: one owned by the fund's union. */
export function LinkProgramModal({ fund, onClose, onDone }: DialogProps<{ fund: Fund }, [d: FundDetail]>) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [options, setOptions] = useState<{ value: number; label: string }[] | null>(null);
  const [programId, setProgramId] = useState<number | null>(fund.programId);
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
  const submit = async () => {
    if (!programId) return undefined;
    onDone(await donationsApi.linkProgram(fund.id, programId));
    return t('don.fund.saved');
  };
  return (
    <FormDialog
      title={t('don.fund.linkProgram')}
      onClose={onClose}
      submit={submit}
      okProps={{ disabled: !programId }}
    >
      <Form layout="vertical">
        <Form.Item label={t('don.fund.programId')} extra={t('don.fund.programHint')} required>
          <Select
            loading={options === null}
            value={programId ?? undefined}
            onChange={setProgramId}
            options={options ?? []}
            data-testid="fund-program"
          />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

/** Enters a year before the platform as the fund reported it. */
export function EarlierYearModal({
  fundId,
  onClose,
  onDone,
}: DialogProps<{ fundId: number }, [d: FundDetail]>) {
  const { t } = useTranslation();
  const invalid = useInvalidFields();
  const [v, setV] = useState<Partial<FundYear>>({});
  const set = (patch: Partial<FundYear>) => setV((old) => ({ ...old, ...patch }));
  const ready = v.year && v.incomeFen != null && v.grantedFen != null && v.helped != null;
  const submit = async () => {
    if (invalid.blocked()) return undefined;
    if (!ready) return undefined;
    onDone(await donationsApi.addYear(fundId, v as FundYear));
    return t('don.fund.yearSaved');
  };
  return (
    <FormDialog
      title={t('don.fund.addYear')}
      onClose={onClose}
      submit={submit}
      okProps={{ disabled: !ready }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('don.fund.addYearHint')} />
      <ValidityScope fields={invalid}>
        <Form layout="vertical">
          <Form.Item label={t('don.fund.year')} required>
            <CountInput
              value={v.year}
              onChange={(n) => set({ year: n ?? undefined })}
              min={1990}
              max={2200}
            />
          </Form.Item>
          <Form.Item label={t('don.fund.yearIncome')} required>
            <YuanInput value={v.incomeFen} onChange={(fen) => set({ incomeFen: fen ?? undefined })} />
          </Form.Item>
          <Form.Item label={t('don.fund.yearGranted')} required>
            <YuanInput value={v.grantedFen} onChange={(fen) => set({ grantedFen: fen ?? undefined })} />
          </Form.Item>
          <Form.Item label={t('don.fund.yearHelped')} required>
            <CountInput value={v.helped} onChange={(n) => set({ helped: n ?? undefined })} max={10_000_000} />
          </Form.Item>
        </Form>
      </ValidityScope>
    </FormDialog>
  );
}
