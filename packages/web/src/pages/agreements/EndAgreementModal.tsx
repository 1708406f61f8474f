import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { PastDay } from '../../components/PastDay.tsx';
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
  const feedback = useFeedback();
  const [reason, setReason] = useState('');
  const [endedOn, setEndedOn] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    setSaving(true);
    try {
      await agreementsApi.end(agreementId, { reason: reason.trim(), ...(endedOn ? { endedOn } : {}) });
      feedback.success(t('agr.detail.ended'));
      onEnded();
      onClose();
    } catch (err) {
      feedback.error(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('agr.detail.endTitle')}
      okText={t('agr.detail.endConfirm')}
      okButtonProps={
        {
          danger: true,
          loading: saving,
          disabled: !reason.trim(),
          'data-testid': 'agreement-end-ok',
        } as never
      }
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('agr.detail.endHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item
          label={t('agr.detail.endReason')}
          required
          help={reason.trim() ? undefined : t('agr.detail.endReasonRequired')}
        >
          <Input.TextArea
            value={reason}
            maxLength={500}
            autoSize={{ minRows: 2, maxRows: 4 }}
            onChange={(e) => setReason(e.target.value)}
            data-testid="agreement-end-reason"
          />
        </Form.Item>
        <Form.Item label={t('agr.detail.endOn')} required>
          <Typography.Text data-testid="agreement-end-day">{endedOn ?? today()}</Typography.Text>
          <PastDay value={endedOn} onChange={setEndedOn} testId="agreement-end-on" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
