import { Alert, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../components/feedback.ts';
import { ApplicationStatusTag } from '../../components/labels.tsx';
import { formatFen } from '../../components/money.ts';
import { PhoneRecordPage } from '../../components/PhoneList.tsx';
import { EvidenceGallery, History } from '../review/ApplicationParts.tsx';
import { Explanation } from '../review/Explanation.tsx';
import { isInKind, type MyApplicationDetail, meApi, shownAmount } from './me-api.ts';
import { EvidencePhotos } from './PhotoPicker.tsx';
import { PickupCode } from './PickupCode.tsx';
import { applicationForm, evidenceSlots } from './WorkerApplyPage.tsx';
import { PaymentTag } from './WorkerPaymentsPage.tsx';
import '../../components/worker-pages.css';
import { formatDay, formatTime } from '../../components/dates.ts';
import { useAct, useSaving } from '../../components/useBusy.ts';

/** Worker: one of my applications — its status, why, its history, and resubmission after a return. */
export default function WorkerApplicationDetailPage() {
  const { t } = useTranslation();
  return (
    <PhoneRecordPage
      load={meApi.application}
      what={t('load.what.application')}
      title={(app) => app.programName}
      untitled={t('wp.applications.title')}
    >
      {(app, loaded) => <ApplicationView app={app} reload={loaded.reload} />}
    </PhoneRecordPage>
  );
}

function ApplicationView({ app, reload }: { app: MyApplicationDetail; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [photos, setPhotos] = useState<Record<string, File[]>>({});
  const { act, busy: withdrawing } = useAct(reload);
  const { busy, run: whileBusy } = useSaving();

  const returned = [...(app.events ?? [])]
    .reverse()
    .find((e) => e.action === 'return' || e.action === 'returned');
  const rejected = [...(app.events ?? [])]
    .reverse()
    .find((e) => e.action === 'reject' || e.action === 'rejected');
  const slots = evidenceSlots(app.requiredEvidence);

  const withdraw = () => act('withdraw', () => meApi.withdraw(app.id), t('wp.applications.withdrawn'));

  const resubmit = async () => {
    await whileBusy(async () => {
      await meApi.resubmit(app.id, applicationForm({}, photos));
      feedback.success(t('wp.apply.resubmitted'));
      setPhotos({});
      await reload();
    });
  };

  return (
    <>
      <div className="wp-card">
        <div className="wp-card-head">
          <div className="wp-card-name">{app.programName}</div>
          <ApplicationStatusTag status={app.status} />
        </div>
        <div className="wp-muted">
          {t('wp.applications.submittedAt', { time: formatTime(app.createdAt) })}
        </div>
        {shownAmount(app) !== null && <div className="wp-amount">{formatFen(app.amountFen)}</div>}
        {app.status === 'submitted' && app.stepOrgName && (
          <div className="wp-muted" data-testid="now-with">
            {t('wp.applications.nowWith', { org: app.stepOrgName })}
          </div>
        )}
        {app.status === 'returned' && returned?.reason && (
          <Alert
            type="warning"
            showIcon
            title={t('wp.applications.returnedWhy', { reason: returned.reason })}
          />
        )}
        {app.status === 'rejected' && rejected?.reason && (
          <Alert
            type="error"
            showIcon
            title={t('wp.applications.rejectedWhy', { reason: rejected.reason })}
          />
        )}
      </div>
      {/* an in-kind claim won or claimed: the code to collect it with, where its message sends the worker */}
      {app.status === 'approved' && isInKind(app) && (
        <div className="wp-card">
          <PickupCode applicationId={app.id} />
        </div>
      )}
      {app.payment && (
        <div className="wp-card" data-testid="my-application-payment">
          <div className="wp-card-head">
            <strong>{t('wp.applications.paymentTitle')}</strong>
            <PaymentTag status={app.payment.status} />
          </div>
          <div className="wp-amount">{formatFen(app.payment.amountFen)}</div>
          {app.payment.batchCreatedAt && (
            <div className="wp-muted">
              {t('wp.applications.batchOn', { time: formatTime(app.payment.batchCreatedAt) })}
            </div>
          )}
          {app.payment.paidAt && (
            <div className="wp-muted" data-testid="paid-on">
              {t('wp.applications.paidOn', { time: formatDay(app.payment.paidAt) })}
            </div>
          )}
        </div>
      )}
      {app.files.length > 0 && (
        <div className="wp-card">
          <strong>{t('wp.applications.myFiles')}</strong>
          <EvidenceGallery files={app.files} urlOf={(f) => meApi.fileUrl(app.id, f.id)} size={96} />
        </div>
      )}
      <div className="wp-card">
        <strong>{t('wp.applications.why')}</strong>
        <Explanation decision={app.decision} compact />
      </div>
      {app.status === 'returned' && (
        <div className="wp-card" data-testid="resubmit">
          <strong>{t('wp.applications.resubmitTitle')}</strong>
          <EvidencePhotos slots={slots} photos={photos} onChange={setPhotos} />
          <Button
            type="primary"
            size="large"
            block
            loading={busy}
            disabled={withdrawing !== null}
            onClick={resubmit}
            data-testid="resubmit-button"
          >
            {t('wp.applications.resubmit')}
          </Button>
        </div>
      )}
      {(app.status === 'submitted' || app.status === 'returned') && (
        <Popconfirm title={t('wp.applications.withdrawConfirm')} onConfirm={withdraw}>
          <Button block danger loading={withdrawing !== null} disabled={busy} data-testid="withdraw">
            {t('wp.applications.withdraw')}
          </Button>
        </Popconfirm>
      )}
      <div className="wp-card">
        <strong>{t('review.historyTitle')}</strong>
        <History events={app.events} />
      </div>
    </>
  );
}
