import { Button, Card, Checkbox, Form, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { afterToday } from '../../components/DateField.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay } from '../../components/dates.ts';
import { Field } from '../../components/Field.tsx';
import { type DialogProps, FieldsDialog } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { formatFen } from '../../components/format.ts';
import { optionsOf } from '../../components/options.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import type { useLoad } from '../../components/useLoad.ts';
import { DecisionButtons } from './ClaimDecision.tsx';
import { ClaimStatus, ReviewButtons } from './ClaimReview.tsx';
import { ClaimsTable } from './ClaimsTable.tsx';
import { useClaimFactColumns } from './claim-columns.tsx';
import {
  CLAIM_KINDS,
  type Claim,
  type ClaimKind,
  documentName,
  insuranceApi,
  type PolicyDetail,
} from './insurance-api.ts';

/**
 * A policy's claims (staff): the list with each claim's timeline and documents, the chain's review buttons, the
 * insurer's decision and the payment — each on the day it happened (补录 a past day, ADR 40) — and a claim filed
 * for a member, on its filing day. A year kept as totals takes claims too (its members of the accident day).
 */
export function ClaimsCard({
  p,
  claims,
  onChanged,
}: {
  p: PolicyDetail;
  claims: ReturnType<typeof useLoad<{ items: Claim[]; total: number }>>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const facts = useClaimFactColumns();
  const { can } = useSession();
  const [filing, setFiling] = useState(false);
  const writable = can('insurance.write');
  return (
    <Card
      title={t('ins.what.claims')}
      extra={
        writable && (
          <Button onClick={() => setFiling(true)} data-testid="ins-file-for">
            {t('ins.detail.fileFor')}
          </Button>
        )
      }
    >
      <ClaimsTable
        claims={claims}
        empty={t('ins.claim.empty')}
        checklist={(c) => p.documents[c.kind] ?? []}
        onDone={onChanged}
        testId="ins-claims"
        scrollX={900}
        columns={[
          { title: t('ins.claim.person'), dataIndex: 'personName' },
          ...facts,
          {
            title: t('ins.claim.payout'),
            dataIndex: 'payoutFen',
            align: 'right',
            render: (n: number | null, c) =>
              c.status === 'rejected'
                ? c.rejectReason
                : c.status === 'returned'
                  ? c.returnReason
                  : n === null
                    ? '—'
                    : formatFen(n),
          },
          {
            title: '',
            key: 'status',
            width: 320,
            render: (_, c) => (
              <Space wrap>
                <ClaimStatus c={c} />
                <ReviewButtons c={c} onDone={onChanged} />
                {writable && <DecisionButtons c={c} onDone={onChanged} />}
                {c.ledger && (
                  <Tag color={c.ledger.paidFen > 0 ? 'green' : 'gold'} data-testid={`ins-ledger-${c.id}`}>
                    {c.ledger.paidFen > 0
                      ? t('ins.claim.ledgerPaid', { paid: formatFen(c.ledger.paidFen) })
                      : t('ins.claim.ledgerDue')}
                  </Tag>
                )}
              </Space>
            ),
          },
        ]}
      />
      {filing && <FileForModal p={p} onClose={() => setFiling(false)} onDone={onChanged} />}
    </Card>
  );
}

interface ClaimValues {
  kind: ClaimKind;
  incidentOn: Dayjs;
  place: string;
  description: string;
  documents: string[];
}

/** The claim form's fields, shared by the staff modal and the worker's phone page. */
export function ClaimFields({ documents, kind }: { documents: Record<string, string[]>; kind?: ClaimKind }) {
  const { t } = useTranslation();
  return (
    <>
      <RequiredItem name="kind" label={t('ins.claim.kind')} message={t('ins.claim.needKind')}>
        <Select options={optionsOf(CLAIM_KINDS, (k) => t(`ins.kind.${k}`))} data-testid="ins-claim-kind" />
      </RequiredItem>
      <RequiredItem name="incidentOn" label={t('ins.claim.incidentOn')} message={t('ins.claim.needDate')}>
        {/* a day the claim needs: no clear icon (a 12 px target on a phone) to empty it */}
        <DayPicker
          style={{ width: '100%' }}
          disabledDate={afterToday}
          allowClear={false}
          data-testid="ins-claim-date"
        />
      </RequiredItem>
      <TextItem
        name="place"
        label={t('ins.claim.place')}
        max={200}
        required={t('ins.claim.needPlace')}
        testId="ins-claim-place"
      />
      <TextItem
        name="description"
        label={t('ins.claim.description')}
        max={2000}
        rows={3}
        required={t('ins.claim.needDescription')}
        testId="ins-claim-description"
      />
      {kind && (
        <Form.Item name="documents" label={t('ins.claim.documents')}>
          <Checkbox.Group
            options={(documents[kind] ?? []).map((d) => ({ value: d, label: documentName(d) }))}
          />
        </Form.Item>
      )}
    </>
  );
}

export const claimBody = (v: ClaimValues) => ({
  kind: v.kind,
  incidentOn: fromDay(v.incidentOn) as string,
  place: v.place,
  description: v.description,
  documents: v.documents ?? [],
});

function FileForModal({ p, onClose, onDone }: DialogProps<{ p: PolicyDetail }>) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm<ClaimValues>();
  const kind = Form.useWatch('kind', form);
  const [personId, setPersonId] = useState<number | null>(null);
  const [filedOn, setFiledOn] = useState<string | null>(null);
  const submit = async (v: ClaimValues) => {
    if (!personId) {
      feedback.refuse(t('ins.claim.needPerson'));
      return undefined;
    }
    await insuranceApi.fileClaim({
      policyId: p.id,
      personId,
      ...claimBody(v),
      ...(filedOn ? { filedOn } : {}),
    });
    await onDone();
    onClose();
    return t('ins.claim.filed');
  };
  return (
    <FieldsDialog<ClaimValues> form={form} title={t('ins.detail.fileFor')} onClose={onClose} submit={submit}>
      <Field id="policy-claim-person" label={t('ins.claim.person')} required>
        <PersonSelect
          value={personId}
          onChange={(v) => setPersonId(typeof v === 'number' ? v : null)}
          known={[]}
        />
      </Field>
      <ClaimFields documents={p.documents} kind={kind} />
      {p.recordedInsured !== null && (
        <Typography.Paragraph type="secondary">{t('ins.claim.totalsYear')}</Typography.Paragraph>
      )}
      <PastDay value={filedOn} onChange={setFiledOn} testId="ins-claim-filed-on" />
    </FieldsDialog>
  );
}
