import { Button, Radio, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { LoadError, Loading } from '../../components/LoadError.tsx';
import { formatFen } from '../../components/money.ts';
import { useLoad } from '../../components/useLoad.ts';
import { YuanInput } from '../../components/YuanInput.tsx';
import { periodLabelIn } from '../programs/period-label.ts';
import type { Evidence } from '../programs/programs-api.ts';
import { Explanation } from '../review/Explanation.tsx';
import { submitLabel } from './apply-submit.ts';
import { meApi } from './me-api.ts';
import { EvidencePhotos } from './PhotoPicker.tsx';
import { amountText } from './worker-amount.ts';
import '../../components/worker-pages.css';
import { PhoneBack } from '../../components/PhoneList.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';

/** The evidence a program asks for; with none named, one optional group of photos. */
export function evidenceSlots(required: Evidence[] | undefined): Evidence[] {
  return required?.length ? required : [{ key: 'photos', zh: '证明材料照片', en: 'Photos of evidence' }];
}

/** Builds the multipart form of an application: its fields, then each photo under its evidence key. */
export function applicationForm(
  fields: Record<string, string | number | undefined>,
  photos: Record<string, File[]>,
): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') form.append(k, String(v));
  for (const [key, files] of Object.entries(photos)) for (const f of files) form.append(key, f, f.name);
  return form;
}

/** Worker: apply for one program with photos of the evidence it requires. */
export default function WorkerApplyPage() {
  const programId = Number(useParams().id);
  const { t, i18n } = useTranslation();
  const feedback = useFeedback();
  const navigate = useNavigate();
  const loaded = useLoad(
    () => meApi.programs().then((list) => list.find((p) => p.id === programId) ?? null),
    [programId],
  );
  const program = loaded.data;
  usePageTitle(program?.name);
  const invalid = useInvalidFields();
  const [photos, setPhotos] = useState<Record<string, File[]>>({});
  const [subjectPicked, setSubjectId] = useState<number | undefined>();
  const { busy, run: whileBusy } = useSaving();
  const [claimedFen, setClaimedFen] = useState<number | null>(null);
  const [note, setNote] = useState('');

  if (loaded.error)
    return <LoadError error={loaded.error} retry={loaded.reload} what={t('load.what.program')} />;
  if (program === undefined) return <Loading />;
  if (program === null)
    return (
      <Result
        status="404"
        subTitle={t('wp.apply.notFound')}
        extra={<PhoneBack to="/m/programs">{t('common.back')}</PhoneBack>}
      />
    );

  const slots = evidenceSlots(program.requiredEvidence);
  const missing = program.requiredEvidence?.filter((e) => !photos[e.key]?.length) ?? [];
  const needsSubject = program.limitMode === 'per_subject';
  // A share of a fee the platform does not hold as a record (e.g. an insurance claim): the worker states it.
  const asksAmount = program.amount?.kind === 'fee_share' && !needsSubject;
  const choices = program.candidates.filter((c) => c.decision.eligible && !c.applied);
  // the one record the worker may apply for is chosen for them (shown chosen in the select)
  const subjectId = subjectPicked ?? (choices.length === 1 ? choices[0].recordId : undefined);
  const chosen = program.candidates.find((c) => c.recordId === subjectId);
  const decision = needsSubject ? (chosen?.decision ?? program.eligibility) : program.eligibility;
  const label = submitLabel({
    missingEvidence: missing.length,
    subjectToChoose: needsSubject && !subjectId && (program.subjectKind ?? null),
    amountToEnter: asksAmount && claimedFen === null,
  });

  const submit = async () => {
    if (invalid.blocked()) return;
    await whileBusy(async () => {
      const created = await meApi.apply(
        applicationForm(
          {
            programId,
            subjectRecordId: subjectId,
            claimedFen: claimedFen ?? undefined,
            note: note.trim() || undefined,
          },
          photos,
        ),
      );
      feedback.success(t('wp.apply.submitted'));
      navigate(created?.id ? `/m/applications/${created.id}` : '/m/applications', { replace: true });
    });
  };

  return (
    <div className="wp-page">
      <div className="wp-card">
        <div className="wp-card-name">{program.name}</div>
        <div className="wp-muted">
          {[program.ownerOrgName, periodLabelIn(program.periodLabel, i18n.language)]
            .filter(Boolean)
            .join(' · ')}
        </div>
        {amountText(t, program) && <div className="wp-amount">{amountText(t, program)}</div>}
      </div>
      <div className="wp-card">
        <strong>{t('wp.apply.eligibility')}</strong>
        <Explanation decision={decision} compact />
      </div>
      {needsSubject && (
        <div className="wp-card">
          <strong>
            {t(`wp.apply.subject.${program.subjectKind ?? 'any'}`, {
              defaultValue: t('wp.apply.subject.any'),
            })}
          </strong>
          {/* each record on a line of its own, wrapped as long as it is: a phone's select cut the amount off */}
          <Radio.Group
            value={subjectId}
            onChange={(e) => setSubjectId(e.target.value)}
            className="wp-choices"
            data-testid="apply-subject"
          >
            {choices.map((c) => (
              <Radio key={c.recordId} value={c.recordId} className="m-touch">
                {c.label || `#${c.recordId}`}
                {c.year ? ` (${c.year})` : ''}
                {c.amountFen != null && <span className="wp-amount-inline"> · {formatFen(c.amountFen)}</span>}
              </Radio>
            ))}
          </Radio.Group>
        </div>
      )}
      {asksAmount && (
        <div className="wp-card">
          <strong>{t('wp.apply.claimed')}</strong>
          <span className="wp-muted">{t('wp.apply.claimedHint')}</span>
          <ValidityScope fields={invalid}>
            <YuanInput
              size="large"
              value={claimedFen}
              onChange={setClaimedFen}
              style={{ width: '100%' }}
              testId="apply-claimed"
            />
          </ValidityScope>
        </div>
      )}
      <div className="wp-card">
        <strong>{t('wp.apply.note')}</strong>
        <TextBox rows={2} max={1000} value={note} onChange={setNote} />
      </div>
      <div className="wp-card">
        <strong>{t('wp.apply.evidence')}</strong>
        <EvidencePhotos
          slots={slots}
          photos={photos}
          onChange={setPhotos}
          required={program.requiredEvidence}
          testId={(key) => `evidence-${key}`}
        />
      </div>
      <Button
        type="primary"
        size="large"
        block
        loading={busy}
        disabled={missing.length > 0 || (needsSubject && !subjectId) || (asksAmount && claimedFen === null)}
        onClick={submit}
        data-testid="apply-submit"
      >
        {t(label.key, { count: label.count })}
      </Button>
    </div>
  );
}
