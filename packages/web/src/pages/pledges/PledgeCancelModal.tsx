import { Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../components/feedback.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { pledgesApi } from './pledges-api.ts';

/** Staff: a project is given up — why, and (补录) the day it was, when not today. */
export function PledgeCancelModal({
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
  const [reason, setReason] = useState('');
  const [day, setDay] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await pledgesApi.cancel(id, reason.trim(), day);
      feedback.success(t('pl.detail.cancelled'));
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
      title={t('pl.detail.cancel')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={busy}
      okButtonProps={{ disabled: !reason.trim(), 'data-testid': 'pledge-cancel-ok' } as never}
    >
      <Flex vertical gap={12}>
        <Input.TextArea
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('pl.detail.cancelReason')}
          data-testid="pledge-cancel-reason"
        />
        <PastDay value={day} onChange={setDay} testId="pledge-cancel-day" />
      </Flex>
    </Modal>
  );
}
