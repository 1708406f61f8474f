import { Button, Rate } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../components/feedback.ts';
import { PhoneRecordPage } from '../../components/PhoneList.tsx';
import { useLocale } from '../../locale.tsx';
import '../../components/worker-pages.css';
import { TextBox } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { CaseTimeline } from './CaseTimeline.tsx';
import { type MyCaseDetail, myCasesApi, named } from './cases-api.ts';
import { CaseStatusTag } from './labels.tsx';
import { WorkerCaseFiles } from './WorkerCaseFiles.tsx';

/** Worker (phone): my request with the files I sent, its timeline; add to it, rate the answer, reopen once. */
export default function WorkerCaseDetailPage() {
  const { t } = useTranslation();
  return (
    <PhoneRecordPage load={myCasesApi.get} what={t('case.me.what')} title={t('case.me.title')}>
      {(d, detail) => <Body d={d} onChange={detail.set} />}
    </PhoneRecordPage>
  );
}

function Body({ d, onChange }: { d: MyCaseDetail; onChange: (d: MyCaseDetail) => void }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const feedback = useFeedback();
  const c = d.case;
  const [text, setText] = useState('');
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const { busy, run: whileBusy } = useSaving();
  const run = async (call: () => Promise<MyCaseDetail>, done: string) => {
    await whileBusy(async () => {
      onChange(await call());
      setText('');
      feedback.success(done);
    });
  };
  return (
    <>
      <div className="wp-card" data-testid="my-case-detail">
        <div className="wp-card-head">
          <span className="wp-card-name">{`${named(c.categoryName, lang)} · ${t(`case.channel.${c.channel}`)}`}</span>
          <CaseStatusTag status={c.status} testId="my-case-status" />
        </div>
        <div style={{ whiteSpace: 'pre-wrap' }}>{c.description}</div>
        <WorkerCaseFiles caseId={c.id} files={d.files} />
        <div className="wp-muted">
          {`${c.filedOn} · ${c.orgName}`}
          {c.status !== 'closed' && c.status !== 'answered'
            ? ` · ${t('case.me.answerBy', { date: c.answerDue })}`
            : ''}
        </div>
        {c.rating && <div className="wp-muted">{t('case.me.myRating', { n: c.rating })}</div>}
      </div>
      {d.canRate && (
        <div className="wp-card" data-testid="my-case-rate">
          <div className="wp-card-name">{t('case.me.rate')}</div>
          <Rate value={rating} onChange={setRating} data-testid="my-case-stars" />
          <TextBox
            rows={2}
            max={1000}
            value={comment}
            onChange={setComment}
            placeholder={t('case.me.comment')}
          />
          <Button
            type="primary"
            block
            style={{ marginTop: 8 }}
            disabled={!rating}
            loading={busy}
            onClick={() => run(() => myCasesApi.rate(c.id, rating, comment), t('case.me.rated'))}
            data-testid="my-case-rate-submit"
          >
            {t('case.me.rateSubmit')}
          </Button>
        </div>
      )}
      <div className="wp-card">
        <div className="wp-card-name" style={{ marginBottom: 8 }}>
          {t('case.me.timeline')}
        </div>
        <CaseTimeline events={d.events} />
      </div>
      {(c.status !== 'closed' || d.canReopen) && (
        <div className="wp-card">
          <TextBox
            rows={2}
            max={c.status === 'closed' || c.status === 'answered' ? 1000 : 4000}
            value={text}
            onChange={setText}
            placeholder={d.canReopen ? t('case.me.reopenReason') : t('case.me.reply')}
          />
          {c.status !== 'closed' && (
            <Button
              block
              style={{ marginTop: 8 }}
              disabled={!text.trim()}
              loading={busy}
              onClick={() => run(() => myCasesApi.reply(c.id, text.trim()), t('case.detail.done'))}
            >
              {t('case.me.send')}
            </Button>
          )}
          {d.canReopen && (
            <Button
              danger
              block
              style={{ marginTop: 8 }}
              disabled={!text.trim()}
              loading={busy}
              onClick={() => run(() => myCasesApi.reopen(c.id, text.trim()), t('case.me.reopened'))}
            >
              {t('case.me.reopen')}
            </Button>
          )}
        </div>
      )}
    </>
  );
}
