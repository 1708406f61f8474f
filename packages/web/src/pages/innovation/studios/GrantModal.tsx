import { Alert, Form, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aside } from '../../../components/aside.ts';
import { today } from '../../../components/dates.ts';
import { Field } from '../../../components/Field.tsx';
import { type DialogProps, FormDialog } from '../../../components/FormDialog.tsx';
import { formatFen } from '../../../components/money.ts';
import { PastDay } from '../../../components/PastDay.tsx';
import { quotedName } from '../../../components/quoted.ts';
import { TextLine } from '../../../components/TextBox.tsx';
import { YuanInput } from '../../../components/YuanInput.tsx';
import { type GrantKind, type GrantKindOffer, studiosApi } from './studios-api.ts';

type Way = 'outside' | 'platform';

/**
 * Records a studio's project or grant: paid outside the platform (已在平台外发放, with the day paid: counted in
 * the statistics of the year approved, no ledger money) or through it (an application of the program approved on
 * its day, then paid by a payment batch; for staff of the program's union). Past days through 补录历史日期.
 */
export function GrantModal({
  studioId,
  studioName,
  kinds,
  onClose,
  onDone,
}: DialogProps<{ studioId: number; studioName: string; kinds: GrantKindOffer[] }>) {
  const { t } = useTranslation();
  const day = today();
  const [kind, setKind] = useState<GrantKind>(kinds[0]?.kind ?? 'project');
  const [way, setWay] = useState<Way>('outside');
  const [amountFen, setAmountFen] = useState<number | null>(null);
  const [approvedOn, setApprovedOn] = useState<string | null>(null);
  const [paidOn, setPaidOn] = useState<string | null>(null);
  const [note, setNote] = useState('');

  const offer = kinds.find((k) => k.kind === kind);
  const program = offer?.program ?? null;
  const onPlatform = way === 'platform';
  const terms = onPlatform ? program?.terms : undefined;
  const approved = approvedOn ?? day;
  const paid = paidOn ?? day;
  const amount = terms?.kind === 'fixed' ? terms.fen : amountFen;

  const chooseKind = (k: GrantKind) => {
    setKind(k);
    setAmountFen(null);
    if (!kinds.find((x) => x.kind === k)?.program?.canRecord) setWay('outside');
  };

  const submit = async () => {
    if (!amount) return undefined;
    await studiosApi.recordGrant(studioId, {
      kind,
      year: Number(approved.slice(0, 4)),
      amountFen: amount,
      approvedOn: approved,
      outside: !onPlatform,
      paidOn: onPlatform ? null : paid,
      note: note.trim() || null,
    });
    onDone();
    return t(onPlatform ? 'stu.grants.recordedPlatform' : 'stu.grants.recordedOutside');
  };

  return (
    <FormDialog
      title={t('stu.grants.recordTitle', { name: studioName })}
      onClose={onClose}
      submit={submit}
      okText={t('stu.grants.save')}
      cancelText={t('common.cancel')}
      okTestId="grant-submit"
      okProps={{ disabled: !amount }}
    >
      <Form layout="vertical" component="div">
        <Field id="studio-grant-kind" label={t('stu.grants.kind')} required>
          <Select
            value={kind}
            onChange={chooseKind}
            options={kinds.map((k) => ({ value: k.kind, label: t(`stu.grants.kinds.${k.kind}`) }))}
            data-testid="grant-kind"
          />
        </Field>
        <Form.Item label={t('stu.grants.way')} required>
          <Radio.Group value={way} onChange={(e) => setWay(e.target.value)} data-testid="grant-way">
            <Radio value="outside" data-testid="grant-way-outside">
              {t('stu.grants.outside')}
            </Radio>
            <Radio value="platform" disabled={!program?.canRecord} data-testid="grant-way-platform">
              {t('stu.grants.platform')}
            </Radio>
          </Radio.Group>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
            {onPlatform
              ? t('stu.grants.platformHint', { program: quotedName(t, program?.name ?? '') })
              : program && !program.canRecord
                ? t('stu.grants.ownerOnly', { owner: program.ownerOrgName })
                : t('stu.grants.outsideHint')}
          </Typography.Paragraph>
        </Form.Item>
        <Form.Item label={t('stu.grants.amount')} required>
          {terms?.kind === 'tiers' ? (
            <Select
              value={amountFen ?? undefined}
              onChange={setAmountFen}
              placeholder={t('stu.grants.tier')}
              options={terms.tiers.map((x) => ({
                value: x.fen,
                label: `${formatFen(x.fen)}${x.label ? `${aside(x.label)}` : ''}`,
              }))}
              data-testid="grant-tier"
            />
          ) : terms?.kind === 'fixed' ? (
            <Typography.Text data-testid="grant-fixed">{formatFen(terms.fen)}</Typography.Text>
          ) : (
            <YuanInput
              value={amountFen}
              onChange={setAmountFen}
              maxFen={terms?.kind === 'claimed' && terms.capFen !== null ? terms.capFen : undefined}
              testId="grant-amount"
              style={{ width: '100%' }}
            />
          )}
        </Form.Item>
        <Form.Item label={t('stu.grants.approvedOn')} required>
          <Typography.Text>
            {approved}
            {t('stu.grants.yearOf', { year: approved.slice(0, 4) })}
          </Typography.Text>
          <PastDay value={approvedOn} onChange={setApprovedOn} testId="grant-approved-day" />
        </Form.Item>
        {!onPlatform && (
          <Form.Item label={t('stu.grants.paidOn')} required>
            <Typography.Text>{paid}</Typography.Text>
            <PastDay value={paidOn} onChange={setPaidOn} testId="grant-paid-day" />
          </Form.Item>
        )}
        <Field id="studio-grant-note" label={t('stu.grants.note')}>
          <TextLine max={500} value={note} onChange={setNote} />
        </Field>
      </Form>
      {!onPlatform && paid < approved && (
        <Alert type="warning" showIcon message={t('stu.grants.paidBeforeApproved')} />
      )}
    </FormDialog>
  );
}
