import { Button, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickedDay } from '../../api/client.ts';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { formatFen } from '../../components/format.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { type Claim, type Decision, insuranceApi } from './insurance-api.ts';

/**
 * What the policy's union records of the insurer for a claim it forwarded — approved with the payout, or rejected
 * with the reason — and then the payment, each on the day it happened (补录 a past day, ADR 40): the buttons a
 * claim's row shows at that point, and their dialog. On a policy's claims and on the claims awaiting the insurer.
 */
export function DecisionButtons({ c, onDone }: { c: Claim; onDone: () => void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Decision['action'] | null>(null);
  const submit = async (body: Decision) => {
    await insuranceApi.decide(c.id, body);
    setAction(null);
    onDone();
    return t('ins.claim.done');
  };
  return (
    <>
      {c.status === 'forwarded' && (
        <>
          <Button
            size="small"
            type="primary"
            onClick={() => setAction('approve')}
            data-testid={`ins-approve-${c.id}`}
          >
            {t('ins.claim.approve')}
          </Button>
          <Button size="small" danger onClick={() => setAction('reject')}>
            {t('ins.claim.reject')}
          </Button>
        </>
      )}
      {c.status === 'approved' && (
        <Button size="small" onClick={() => setAction('pay')} data-testid={`ins-pay-${c.id}`}>
          {t(c.payer === 'union' ? 'ins.claim.payLedger' : 'ins.claim.pay')}
        </Button>
      )}
      {action && <DecideModal action={action} claim={c} onClose={() => setAction(null)} onSubmit={submit} />}
    </>
  );
}

/** The decision's dialog: it spins while the decision is sent and stays open, with what was typed, when refused. */
function DecideModal({
  action,
  claim,
  onClose,
  onSubmit,
}: {
  action: Decision['action'];
  claim: Claim;
  onClose: () => void;
  onSubmit: (body: Decision) => Promise<string | undefined>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ payoutFen?: number; reason?: string }>();
  const [on, setOn] = useState<string | null>(null);
  const title = {
    approve: t('ins.claim.approve'),
    reject: t('ins.claim.reject'),
    pay: t(claim.payer === 'union' ? 'ins.claim.payLedger' : 'ins.claim.pay'),
  }[action];
  const day = pickedDay(on);
  return (
    <FieldsDialog
      form={form}
      title={title}
      onClose={onClose}
      okTestId="ins-decide-ok"
      submit={(v) =>
        onSubmit(
          action === 'approve'
            ? { action, payoutFen: v.payoutFen, ...day }
            : action === 'reject'
              ? { action, reason: v.reason, ...day }
              : { action, ...day },
        )
      }
    >
      <Typography.Paragraph>
        {claim.personName} · {t(`ins.kind.${claim.kind}`)} · {claim.incidentOn}
        {action === 'pay' && ` · ${formatFen(claim.payoutFen ?? 0)}`}
      </Typography.Paragraph>
      {action === 'approve' && (
        <RequiredItem name="payoutFen" label={t('ins.claim.payout')}>
          <YuanInput style={{ width: '100%' }} testId="ins-payout" />
        </RequiredItem>
      )}
      {action === 'reject' && (
        <TextItem name="reason" label={t('ins.claim.reason')} max={500} rows={2} required />
      )}
      <PastDay value={on} onChange={setOn} testId="ins-decide-on" />
    </FieldsDialog>
  );
}
