import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { type PledgeDecisionProps, pledgesApi } from './pledges-api.ts';

/** Staff: a project is given up — why, and (补录) the day it was, when not today. */
export function PledgeCancelModal({ id, open, onClose, onDone }: PledgeDecisionProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [day, setDay] = useState<string | null>(null);
  const submit = async () => {
    await pledgesApi.cancel(id, reason.trim(), day);
    onClose();
    await onDone();
    return t('pl.detail.cancelled');
  };
  return (
    <FormDialog
      open={open}
      title={t('pl.detail.cancel')}
      onClose={onClose}
      submit={submit}
      okTestId="pledge-cancel-ok"
      okProps={{ disabled: !reason.trim() }}
    >
      <Flex vertical gap={12}>
        <TextBox
          rows={2}
          max={500}
          value={reason}
          onChange={setReason}
          placeholder={t('pl.detail.cancelReason')}
          testId="pledge-cancel-reason"
        />
        <PastDay value={day} onChange={setDay} testId="pledge-cancel-day" />
      </Flex>
    </FormDialog>
  );
}
