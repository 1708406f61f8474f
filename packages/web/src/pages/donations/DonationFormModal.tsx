import { Alert, Form, Input, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { DateField } from '../../components/DateField.tsx';
import { today } from '../../components/dates.ts';
import { Field } from '../../components/Field.tsx';
import { type DialogProps, FormDialog } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { lockedUntilFilled } from '../../components/locked.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { useTypedSearch } from '../../components/useTypedSearch.ts';
import { YuanInput } from '../../components/YuanInput.tsx';
import { type Campaign, careApi } from '../care/care-api.ts';
import { type DonationKind, donationsApi, type Fund } from './donations-api.ts';

interface Option {
  value: number;
  label: string;
}

/** Picks a donor of my subtree by name. */
function DonorSearch({
  value,
  onChange,
  id,
}: {
  value: Option | null;
  onChange: (v: Option | null) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const { found, search } = useTypedSearch((q) =>
    donationsApi
      .donors({ q: q || undefined, pageSize: 50 })
      .then((list) => list.items.map((d) => ({ value: d.id, label: d.name }))),
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first page of donors, once
  useEffect(() => search(''), []);
  return (
    <Select
      id={id}
      labelInValue
      value={value ?? undefined}
      onChange={(v) => onChange((v as Option | undefined) ?? null)}
      showSearch={{ filterOption: false, onSearch: search }}
      options={found}
      placeholder={t('don.donors.search')}
      notFoundContent={<span data-testid="donation-donor-none">{t('don.donors.notFound')}</span>}
      data-testid="donation-donor"
    />
  );
}

interface Values {
  donor: Option | null;
  target: 'union' | 'fund';
  orgId: number | null;
  fundId: number | null;
  kind: DonationKind;
  receivedOn: string;
  amountFen: number | null;
  item: string;
  quantity: number | null;
  unit: string;
  campaignId: number | null;
  note: string;
}

/** Records a donation: money to a union or one of its funds, or goods with their value, quantity and unit. */
export function DonationFormModal({
  donor,
  onClose,
  onDone,
}: DialogProps<{
  /** The donor, when recorded from the donor's page. */
  donor?: Option;
}>) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const feedback = useFeedback();
  const [funds, setFunds] = useState<Fund[]>([]);
  const [campaigns, setCampaigns] = useState<Campaign[]>([]);
  const [v, setV] = useState<Values>({
    donor: donor ?? null,
    target: 'union',
    orgId: me?.orgId ?? null,
    fundId: null,
    kind: 'money',
    receivedOn: today(),
    amountFen: null,
    item: '',
    quantity: null,
    unit: '',
    campaignId: null,
    note: '',
  });
  const set = (patch: Partial<Values>) => setV((old) => ({ ...old, ...patch }));
  useEffect(() => {
    donationsApi.funds().then(setFunds).catch(feedback.error);
  }, [feedback]);
  const mayStock = can('care.read');
  useEffect(() => {
    // The campaigns the goods may go to: those of my unions and of the unions above, newest first.
    if (mayStock)
      careApi
        .campaigns({ pageSize: 200 })
        .then((list) => setCampaigns(list.items))
        .catch(feedback.error);
  }, [feedback, mayStock]);
  const toFund = v.kind === 'money' && v.target === 'fund';
  const ready =
    v.donor &&
    v.amountFen !== null &&
    (toFund ? v.fundId : v.orgId) &&
    (v.kind === 'money' || (v.item.trim() && v.quantity && v.unit.trim()));

  const submit = async () => {
    if (!ready || !v.donor || v.amountFen === null) return;
    await donationsApi.createDonation({
      donorId: v.donor.value,
      ...(toFund ? { fundId: v.fundId as number } : { orgId: v.orgId as number }),
      kind: v.kind,
      receivedOn: v.receivedOn,
      amountFen: v.amountFen,
      ...(v.kind === 'goods'
        ? {
            item: v.item.trim(),
            quantity: v.quantity as number,
            unit: v.unit.trim(),
            ...(v.campaignId ? { campaignId: v.campaignId } : {}),
          }
        : {}),
      note: v.note.trim() || null,
    });
    onDone();
    return t('don.donations.saved');
  };

  return (
    <FormDialog
      title={t('don.donations.create')}
      onClose={onClose}
      submit={submit}
      okTestId="donation-submit"
      okProps={lockedUntilFilled(t, !ready)}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('don.field.donor')} required htmlFor="donation-donor-field">
          {donor ? (
            <Input id="donation-donor-field" value={donor.label} disabled />
          ) : (
            <DonorSearch id="donation-donor-field" value={v.donor} onChange={(d) => set({ donor: d })} />
          )}
        </Form.Item>
        <Form.Item label={t('don.field.kind')} required>
          <Radio.Group
            value={v.kind}
            onChange={(e) => set({ kind: e.target.value as DonationKind })}
            options={optionsOf(['money', 'goods'] as const, (k) => t(`don.kind.${k}`))}
            data-testid="donation-kind"
          />
        </Form.Item>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={v.kind === 'money' ? t('don.donations.moneyHint') : t('don.donations.goodsHint')}
        />
        {v.kind === 'money' && (
          <Form.Item label={t('don.donations.target')} required>
            <Radio.Group
              value={v.target}
              onChange={(e) => set({ target: e.target.value })}
              options={[
                { value: 'union', label: t('don.donations.toUnion') },
                { value: 'fund', label: t('don.donations.toFund'), disabled: !funds.length },
              ]}
            />
          </Form.Item>
        )}
        {toFund ? (
          <Field id="donation-fund" label={t('don.field.fund')} required>
            <Select
              value={v.fundId ?? undefined}
              onChange={(id) => set({ fundId: id })}
              options={funds.map((f) => ({ value: f.id, label: `${f.name}${aside(f.orgName)}` }))}
              data-testid="donation-fund"
            />
          </Field>
        ) : (
          <Field id="donation-union" label={t('don.field.union')} required>
            <OrgSelect value={v.orgId} onChange={(id) => set({ orgId: id })} style={{ width: '100%' }} />
          </Field>
        )}
        {v.kind === 'goods' && <GoodsFields v={v} set={set} campaigns={mayStock ? campaigns : null} />}
        <Field id="donation-amount" label={t('don.field.amount')} required>
          <YuanInput
            value={v.amountFen}
            onChange={(fen) => set({ amountFen: fen })}
            testId="donation-amount"
          />
        </Field>
        <Field id="donation-received-on" label={t('don.field.receivedOn')} required>
          <DateField value={v.receivedOn} onChange={(d) => set({ receivedOn: d ?? today() })} noFuture />
        </Field>
        <Field id="donation-note" label={t('don.field.note')}>
          <TextBox value={v.note} max={1000} rows={2} onChange={(note) => set({ note })} />
        </Field>
      </Form>
    </FormDialog>
  );
}

/** A gift of goods: what, how many of which unit, and (for a clerk who keeps stock) the campaign it is for. */
function GoodsFields({
  v,
  set,
  campaigns,
}: {
  v: Values;
  set: (patch: Partial<Values>) => void;
  /** The campaigns the goods may go to; null when the clerk keeps no stock. */
  campaigns: Campaign[] | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field id="donation-item" label={t('don.field.item')} required>
        <TextLine value={v.item} max={200} onChange={(item) => set({ item })} testId="donation-item" />
      </Field>
      <Field id="donation-quantity" label={t('don.field.quantity')} required>
        <NumberInput
          value={v.quantity}
          onChange={(n) => set({ quantity: n })}
          min={1}
          max={100_000_000}
          testId="donation-quantity"
        />
      </Field>
      <Field id="donation-unit" label={t('don.field.unit')} required>
        <TextLine value={v.unit} max={20} onChange={(unit) => set({ unit })} testId="donation-unit" />
      </Field>
      {campaigns && (
        <Field id="donation-campaign" label={t('don.field.campaign')} extra={t('don.donations.campaignHint')}>
          <Select
            allowClear
            value={v.campaignId ?? undefined}
            onChange={(id) => set({ campaignId: id ?? null })}
            placeholder={t('don.donations.noCampaign')}
            options={campaigns.map((c) => ({ value: c.id, label: `${c.title}${aside(c.orgName)}` }))}
            data-testid="donation-campaign"
          />
        </Field>
      )}
    </>
  );
}
