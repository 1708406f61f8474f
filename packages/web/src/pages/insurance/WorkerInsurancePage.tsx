import { Empty, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatFen } from '../../components/format.ts';
import { PhoneLoadState } from '../../components/LoadError.tsx';
import { PhoneButton } from '../../components/PhoneButton.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ClaimFiles } from './ClaimFiles.tsx';
import { ClaimStatus, ClaimTimeline } from './ClaimReview.tsx';
import { CLAIM_KINDS, type ClaimKind, documentName, insuranceApi } from './insurance-api.ts';
import { ClaimFields, claimBody } from './PolicyClaims.tsx';

/** The worker's group insurance on the phone: cover, claims, and a claim to file. */
export default function WorkerInsurancePage() {
  const { t } = useTranslation();
  usePageTitle(t('ins.mine.title'));
  const feedback = useFeedback();
  const mine = useLoad(() => insuranceApi.mine(), []);
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form) as ClaimKind | undefined;
  const [filing, setFiling] = useState(false);
  const m = mine.data;
  if (mine.error || !m) return <PhoneLoadState state={mine} what={t('ins.what.mine')} />;
  const current = m.policies.filter((p) => !p.untilOn);
  const submit = async (v: Parameters<typeof claimBody>[0] & { policyId: number }) => {
    try {
      await insuranceApi.fileMine({ policyId: v.policyId, ...claimBody(v) });
      feedback.success(t('ins.claim.filed'));
      form.resetFields();
      setFiling(false);
      mine.reload();
    } catch (err) {
      feedback.error(err);
    }
  };
  return (
    <div data-testid="my-insurance">
      <section className="m-card">
        <h2 className="m-card-title">{t('ins.mine.cover')}</h2>
        <CappedNotice list={{ items: m.policies, total: m.policiesTotal }} plain />
        {m.policies.length === 0 ? (
          <Empty description={t('ins.mine.none')} />
        ) : (
          m.policies.map((p) => (
            <div
              key={`${p.policyId}-${p.fromOn}`}
              className="m-row"
              style={{ flexDirection: 'column', alignItems: 'flex-start' }}
            >
              <strong>{p.title}</strong>
              <span>{p.insurer}</span>
              <span>{p.cover}</span>
              <span>{t('ins.mine.covered', { from: p.fromOn, until: p.untilOn ?? p.endsOn })}</span>
            </div>
          ))
        )}
      </section>
      <section className="m-card">
        <h2 className="m-card-title">{t('ins.mine.claims')}</h2>
        {current.length > 0 && <NeededDocuments documents={m.documents} />}
        {m.claims.length === 0 && <Empty description={t('ins.claim.empty')} />}
        <CappedNotice list={{ items: m.claims, total: m.claimsTotal }} plain />
        {m.claims.map((c) => (
          <div
            key={c.id}
            className="m-row"
            style={{ flexDirection: 'column', alignItems: 'flex-start' }}
            data-testid="my-claim"
          >
            <span>
              <ClaimStatus c={c} /> {t(`ins.kind.${c.kind}`)} · {c.incidentOn}
            </span>
            <span>{c.description}</span>
            {c.payoutFen !== null && c.status !== 'rejected' && (
              <span>
                {t('ins.claim.payout')} {formatFen(c.payoutFen)}
              </span>
            )}
            {c.rejectReason && (
              <span>
                {t('ins.claim.reason')}
                {t('common.colon')}
                {c.rejectReason}
              </span>
            )}
            {c.returnReason && (
              <span data-testid="my-claim-returned">
                {t('ins.review.reason')}
                {t('common.colon')}
                {c.returnReason}
              </span>
            )}
            {c.status === 'returned' && (
              <Typography.Text type="secondary" data-testid="my-claim-file-again">
                {t('ins.mine.fileAgain')}
              </Typography.Text>
            )}
            <ClaimFiles c={c} checklist={m.documents[c.kind] ?? []} mine onDone={mine.reload} />
            <ClaimTimeline c={c} />
          </div>
        ))}
        {current.length > 0 && !filing && (
          <PhoneButton type="primary" onClick={() => setFiling(true)} data-testid="my-claim-new">
            {t('ins.mine.file')}
          </PhoneButton>
        )}
        {filing && (
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{ policyId: current[0]?.policyId }}
          >
            <RequiredItem name="policyId" label={t('ins.field.title')} message={t('ins.claim.needPolicy')}>
              <Select size="large" options={current.map((p) => ({ value: p.policyId, label: p.title }))} />
            </RequiredItem>
            <ClaimFields documents={m.documents} kind={kind} />
            <PhoneButton type="primary" htmlType="submit" data-testid="my-claim-submit">
              {t('ins.claim.file')}
            </PhoneButton>
          </Form>
        )}
      </section>
    </div>
  );
}

/**
 * What a claim needs, before the worker files one: each kind's documents as the insurer's checklist holds them, to
 * upload after filing (photos or PDFs, while the claim is under review) or to hand to the union, which may upload
 * them too.
 */
function NeededDocuments({ documents }: { documents: Record<string, string[]> }) {
  const { t } = useTranslation();
  return (
    <div className="wp-muted" data-testid="my-claim-documents" style={{ marginBottom: 12 }}>
      <p style={{ margin: '0 0 4px' }}>{t('ins.mine.documents')}</p>
      {CLAIM_KINDS.filter((k) => documents[k]?.length).map((k) => (
        <div key={k} style={{ marginTop: 4 }}>
          <strong>{t(`ins.kind.${k}`)}</strong>
          {t('common.colon')}
          {documents[k].map(documentName).join(t('common.listSep'))}
        </div>
      ))}
    </div>
  );
}
