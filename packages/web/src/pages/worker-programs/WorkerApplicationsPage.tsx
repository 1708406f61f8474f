import { RightOutlined, WalletOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatTime } from '../../components/dates.ts';
import { ApplicationStatusTag } from '../../components/labels.tsx';
import { formatFen } from '../../components/money.ts';
import { PhoneList, PhonePage } from '../../components/PhoneList.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { meApi, shownAmount } from './me-api.ts';
import { PaymentTag } from './WorkerPaymentsPage.tsx';

/** Worker: my applications and where each one stands. */
export default function WorkerApplicationsPage() {
  const { t } = useTranslation();
  const list = useLoad(() => meApi.applications(), []);
  return (
    <PhonePage
      title={t('wp.applications.title')}
      aside={
        <Link to="/m/payments" className="m-tap" data-testid="my-payments-link">
          <WalletOutlined /> {t('wp.payments.title')}
        </Link>
      }
    >
      <PhoneList state={list} what={t('load.what.myApplications')} empty={t('wp.applications.empty')}>
        {(rows) =>
          rows.map((a) => (
            <Link
              to={`/m/applications/${a.id}`}
              key={a.id}
              style={{ color: 'inherit' }}
              data-testid={`my-application-${a.id}`}
            >
              <div className="wp-card">
                <div className="wp-card-head">
                  <div className="wp-card-name">{a.programName ?? `#${a.programId}`}</div>
                  <span>
                    <ApplicationStatusTag status={a.status} />
                    {a.paymentStatus === 'paid' && <PaymentTag status="paid" />}
                  </span>
                </div>
                <div className="wp-card-head">
                  <span className="wp-muted">{formatTime(a.createdAt)}</span>
                  <span>
                    {shownAmount(a) !== null && <span className="wp-amount">{formatFen(a.amountFen)}</span>}{' '}
                    <RightOutlined className="wp-muted" />
                  </span>
                </div>
              </div>
            </Link>
          ))
        }
      </PhoneList>
    </PhonePage>
  );
}
