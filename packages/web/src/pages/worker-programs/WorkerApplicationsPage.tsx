import { RightOutlined, WalletOutlined } from '@ant-design/icons';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadGate } from '../../components/LoadError.tsx';
import { ApplicationStatusTag, formatTime } from '../../components/labels.tsx';
import { formatFen } from '../../components/money.ts';
import { useLoad } from '../../components/useLoad.ts';
import { meApi } from './me-api.ts';
import { PaymentTag } from './WorkerPaymentsPage.tsx';
import '../../components/worker-pages.css';

/** Worker: my applications and where each one stands. */
export default function WorkerApplicationsPage() {
  const { t } = useTranslation();
  const list = useLoad(() => meApi.applications(), []);
  return (
    <div className="wp-page">
      <div className="wp-card-head">
        <div className="wp-title">{t('wp.applications.title')}</div>
        <Link to="/m/payments" className="m-tap" data-testid="my-payments-link">
          <WalletOutlined /> {t('wp.payments.title')}
        </Link>
      </div>
      <LoadGate state={list} what={t('load.what.myApplications')}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty description={t('wp.applications.empty')} />
          ) : (
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
                      {a.amountFen != null && <span className="wp-amount">{formatFen(a.amountFen)}</span>}{' '}
                      <RightOutlined className="wp-muted" />
                    </span>
                  </div>
                </div>
              </Link>
            ))
          )
        }
      </LoadGate>
    </div>
  );
}
