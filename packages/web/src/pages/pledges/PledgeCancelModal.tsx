import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../components/ReasonDialog.tsx';
import { type PledgeDecisionProps, pledgesApi } from './pledges-api.ts';

/** Staff: a project is given up — why, and (补录) the day it was, when not today. */
export function PledgeCancelModal({ id, open, onClose, onDone }: PledgeDecisionProps) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      open={open}
      title={t('pl.detail.cancel')}
      rows={2}
      placeholder={t('pl.detail.cancelReason')}
      testId="pledge-cancel-reason"
      okTestId="pledge-cancel-ok"
      dayTestId="pledge-cancel-day"
      onClose={onClose}
      submit={async (reason, day) => {
        await pledgesApi.cancel(id, reason, day);
        onClose();
        await onDone();
        return t('pl.detail.cancelled');
      }}
    />
  );
}
