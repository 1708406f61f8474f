import { Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewAction } from '../programs/programs-api.ts';

/** Asks for the reason of a decision; rejecting and returning require one. */
export function ReasonModal({
  action,
  count,
  onCancel,
  onOk,
}: {
  action: ReviewAction | null;
  count: number;
  onCancel: () => void;
  onOk: (reason: string) => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new action starts with an empty reason
  useEffect(() => setReason(''), [action]);
  const required = action === 'reject' || action === 'return';
  return (
    <Modal
      open={action !== null}
      title={action ? t(`review.actionTitle.${action}`, { count }) : ''}
      okText={action ? t(`review.action.${action}`) : ''}
      okButtonProps={
        {
          disabled: required && !reason.trim(),
          danger: action === 'reject',
          loading: busy,
          'data-testid': 'reason-ok',
        } as never
      }
      onCancel={onCancel}
      onOk={async () => {
        setBusy(true);
        try {
          await onOk(reason.trim());
        } finally {
          setBusy(false);
        }
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {required ? t('review.reasonRequired') : t('review.reasonOptional')}
      </Typography.Paragraph>
      <Input.TextArea
        rows={3}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('review.reasonPlaceholder')}
        data-testid="reason-input"
      />
    </Modal>
  );
}
