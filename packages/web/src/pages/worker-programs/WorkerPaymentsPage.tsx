import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../components/dates.ts';
import { statusTag } from '../../components/labels.tsx';
import { formatFen } from '../../components/money.ts';
import { PhoneList, PhonePage } from '../../components/PhoneList.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { type MyPayment, meApi } from './me-api.ts';

/** Worker: what I have been granted and whether it has been paid. */
export default function WorkerPaymentsPage() {
  const { t } = useTranslation();
  const list = useLoad(() => meApi.payments(), []);
  return (
    <PhonePage title={t('wp.payments.title')}>
      <PhoneList state={list} what={t('load.what.myPayments')} empty={t('wp.payments.empty')}>
        {(rows) => <PaymentList rows={rows} />}
      </PhoneList>
    </PhonePage>
  );
}

function PaymentList({ rows }: { rows: readonly MyPayment[] }) {
  const { t } = useTranslation();
  const total = rows.reduce((s, r) => s + r.amountFen, 0);
  return (
    <>
      <div className="wp-card">
        <span className="wp-muted">{t('wp.payments.total')}</span>
        <span className="wp-stock">{formatFen(total)}</span>
      </div>
      {rows.map((p) => (
        <div className="wp-card" key={p.id} data-testid={`my-payment-${p.applicationId}`}>
          <div className="wp-card-head">
            <div className="wp-card-name">{p.programName ?? '—'}</div>
            <span className="wp-amount">{formatFen(p.amountFen)}</span>
          </div>
          <div className="wp-card-head">
            <span className="wp-muted" data-testid="my-payment-day">
              {p.paidAt
                ? t('wp.payments.paidOn', { day: formatDay(p.paidAt) })
                : t('wp.payments.grantedOn', { day: formatDay(p.createdAt) })}
            </span>
            {p.kind === 'reversal' ? (
              <Tag color="orange">{t('ledger.kind.reversal')}</Tag>
            ) : (
              <PaymentTag status={p.paymentStatus ?? 'unpaid'} />
            )}
          </div>
        </div>
      ))}
    </>
  );
}

const PAYMENT_COLORS = { unpaid: 'gold', in_batch: 'gold', paid: 'green', reversed: 'default' } as const;

/** Where a payment stands, in the worker's words (待发放 / 发放中 / 已发放 / 已冲正). */
export const PaymentTag = statusTag(PAYMENT_COLORS, (t, s) => t(`wp.payments.status.${s}`), 'payment-status');
