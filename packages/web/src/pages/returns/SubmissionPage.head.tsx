import { CheckOutlined, HistoryOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SheetNotes } from '../../components/ImportResult.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { ReturnComment } from './ReturnComment.tsx';
import { returnsApi, STATUS_COLOR, type Submission } from './returns-api.ts';
import type { SubmissionState } from './useSubmission.ts';

/** The server's problems the page lists before saying how many there are in all. */
const PROBLEMS_SHOWN = 20;

/** The return's head: the union, its status, the return's particulars, notes, and the union above's decisions. */
export function SubmissionHead({ s, f }: { s: Submission; f: SubmissionState }) {
  const { t } = useTranslation();
  const { setHistory, returned, editable, reviewOn, setReviewOn, busy, run, setSendingBack, setMarking } = f;
  return (
    <Card
      title={
        <Space wrap>
          <span>{s.orgName}</span>
          <Tag color={STATUS_COLOR[s.status]} data-testid="ret-status">
            {t(`ret.status.${s.status}`)}
          </Tag>
        </Space>
      }
      extra={
        <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
          {t('ret.fill.history')}
        </Button>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('ret.field.title')}>{s.title}</Descriptions.Item>
        <Descriptions.Item label={t('ret.field.issuer')}>{s.issuerName}</Descriptions.Item>
        <Descriptions.Item label={t('ret.field.period')}>
          {s.periodFrom} — {s.periodTo}
        </Descriptions.Item>
        <Descriptions.Item label={t('ret.field.deadline')}>{s.deadline}</Descriptions.Item>
        <Descriptions.Item label={t('ret.field.reviewer')}>{s.reviewerName}</Descriptions.Item>
      </Descriptions>
      {returned.note &&
        (returned.live ? (
          <Alert type="warning" showIcon title={t('ret.fill.note', { note: returned.note })} />
        ) : (
          <Typography.Paragraph type="secondary" data-testid="ret-note-before">
            {t('ret.fill.noteBefore', { note: returned.note })}
          </Typography.Paragraph>
        ))}
      {returned.general.map((c) => (
        <ReturnComment key={`${c.round}-${c.body}`} body={c.body} live={returned.live} block />
      ))}
      {s.notReportedReason && (
        <Alert type="info" showIcon title={s.notReportedReason} style={{ marginTop: 8 }} />
      )}
      {!editable && s.status !== 'open' && s.status !== 'returned' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('ret.fill.readOnly', { status: t(`ret.status.${s.status}`) })}
        </Typography.Paragraph>
      )}
      {s.can.review &&
        (s.status === 'submitted' || s.status === 'accepted' || s.status === 'not_reported') && (
          <div style={{ marginTop: 12 }}>
            <PastDay value={reviewOn} onChange={setReviewOn} testId="ret-review-on" />
          </div>
        )}
      {s.can.review && (
        <Space wrap style={{ marginTop: 12 }}>
          {s.status === 'submitted' && (
            <Button
              type="primary"
              icon={<CheckOutlined />}
              loading={busy}
              data-testid="ret-accept"
              onClick={() =>
                void run(() => returnsApi.accept(s.returnId, s.orgId, reviewOn), t('ret.review.accepted'))
              }
            >
              {t('ret.review.accept')}
            </Button>
          )}
          {(s.status === 'submitted' || s.status === 'accepted') && (
            <Button
              icon={<RollbackOutlined />}
              onClick={() => setSendingBack(true)}
              data-testid="ret-send-back"
            >
              {t('ret.review.sendBack')}
            </Button>
          )}
          {(s.status === 'open' || s.status === 'returned') && (
            <Button
              onClick={() => setMarking({ orgId: s.orgId, name: s.orgName })}
              data-testid="ret-not-reported"
            >
              {t('ret.review.notReported')}
            </Button>
          )}
          {s.status === 'not_reported' && (
            <Button
              onClick={() =>
                void run(() => returnsApi.reopen(s.returnId, s.orgId, reviewOn), t('ret.review.reopened'))
              }
            >
              {t('ret.review.reopen')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}

/** What the server says to correct, and what a sheet's upload said. */
export function SubmissionNotices({ s, f }: { s: Submission; f: SubmissionState }) {
  const { t } = useTranslation();
  const { editable, notes, errors, setErrors } = f;
  return (
    <>
      {editable && (
        <Alert
          type={s.problems.length ? 'warning' : 'success'}
          showIcon
          data-testid="ret-problems"
          title={s.problems.length ? t('ret.fill.problems') : t('ret.fill.noProblems')}
          description={
            s.problems.length ? (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {s.problems.slice(0, PROBLEMS_SHOWN).map((p) => (
                  <li key={`${p.key}-${p.zh}`}>{p.zh}</li>
                ))}
                {s.problems.length > PROBLEMS_SHOWN && (
                  <li data-testid="ret-problems-more">
                    {t('common.cappedPlain', { shown: PROBLEMS_SHOWN, total: s.problems.length })}
                  </li>
                )}
              </ul>
            ) : undefined
          }
        />
      )}
      {notes && <SheetNotes {...notes} />}
      {errors && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setErrors(null)}
          title={t('ret.fill.uploadErrors')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="ret-upload-errors">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}
