import { Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../components/dates.ts';
import { Field } from '../../components/Field.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { agreementsApi } from './agreements-api.ts';

/**
 * Ends an agreement before its expiry (终止): the reason, and the day it ended — today, or a past day through the
 * 补录历史 control. The server refuses a day before the agreement took effect or after its expiry, naming both.
 */
export function EndAgreementModal({
  agreementId,
  open,
  onClose,
  onEnded,
}: {
  agreementId: number;
  open: boolean;
  onClose: () => void;
  onEnded: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [endedOn, setEndedOn] = useState<string | null>(null);
  const submit = async () => {
    await agreementsApi.end(agreementId, { reason: reason.trim(), ...(endedOn ? { endedOn } : {}) });
    onEnded();
    onClose();
    return t('agr.detail.ended');
  };
  return (
    <FormDialog
      open={open}
      title={t('agr.detail.endTitle')}
      okText={t('agr.detail.endConfirm')}
      okTestId="agreement-end-ok"
      okProps={{ danger: true, disabled: !reason.trim() }}
      submit={submit}
      onClose={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('agr.detail.endHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Field
          id="agreement-end-end-reason"
          label={t('agr.detail.endReason')}
          required
          help={reason.trim() ? undefined : t('agr.detail.endReasonRequired')}
        >
          <TextBox
            value={reason}
            max={500}
            autoSize={{ minRows: 2, maxRows: 4 }}
            onChange={setReason}
            testId="agreement-end-reason"
          />
        </Field>
        <Form.Item label={t('agr.detail.endOn')} required>
          <Typography.Text data-testid="agreement-end-day">{endedOn ?? today()}</Typography.Text>
          <PastDay value={endedOn} onChange={setEndedOn} testId="agreement-end-on" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
