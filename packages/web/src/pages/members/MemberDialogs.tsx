import { Checkbox, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { END_REASONS } from '../../../../server/src/modules/people/people.vocabulary.ts';
import { api, unwrap } from '../../api/client.ts';
import type { PersonDetail } from '../../api/types.ts';
import { aside } from '../../components/aside.ts';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, toDay, today } from '../../components/dates.ts';
import { Field } from '../../components/Field.tsx';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { requiredTextRule } from '../../components/form-rules.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { PHONE_INPUT_MAX, phoneDigits } from '../../components/phone.ts';
import { RequiredField, RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';

export const PHONE_RULE = /^1[3-9]\d{9}$/;

/** A member's mobile (checked as one) and employer, in a form holding `phone` and `employerName`. */
export function PhoneEmployerFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="phone"
        label={t('member.phone')}
        rules={[{ pattern: PHONE_RULE, message: t('member.phoneInvalid') }]}
        normalize={phoneDigits}
      >
        <Input maxLength={PHONE_INPUT_MAX} inputMode="tel" />
      </Form.Item>
      <TextItem name="employerName" label={t('member.employerName')} max={200} />
    </>
  );
}

const ACCOUNTS = ['bankAccount', 'jingka'] as const;
const maskedOf = (p: PersonDetail, kind: (typeof ACCOUNTS)[number]) =>
  kind === 'bankAccount' ? p.bankAccountMasked : p.jingkaMasked;

/** A whole account number typed (12–30 digits once spaces and dashes are gone), or a blank. */
const accountValid = (v: string | undefined) => {
  const digits = (v ?? '').replace(/[\s-]/g, '');
  return !digits || /^\d{12,30}$/.test(digits);
};

/** A dialog acting on a member: closed by `onClose`, `onDone` with the member as the server answers after it. */
interface PersonDialogProps {
  person: PersonDetail;
  onClose(): void;
  onDone(p: PersonDetail): void;
}

/** Transfers the membership to another union (POST /api/members/:id/transfer). */
export function TransferModal({ person, onClose, onDone }: PersonDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ toOrgId: number; on: Dayjs; note?: string }>();
  return (
    <FieldsDialog
      form={form}
      title={t('member.transferTitle', { name: person.name })}
      onClose={onClose}
      okText={t('common.confirm')}
      submit={async (v) => {
        const body = {
          toOrgId: v.toOrgId,
          on: fromDay(v.on) ?? today(),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        };
        const p = await unwrap(
          api.POST('/api/members/{id}/transfer', { params: { path: { id: person.id } }, body }),
        );
        onDone(p);
        return t('member.transferred');
      }}
      initialValues={{ on: toDay(today()) }}
    >
      <Form.Item label={t('member.org')}>{person.orgName ?? '—'}</Form.Item>
      <RequiredField id="transfer-org" name="toOrgId" label={t('member.toOrg')}>
        <OrgSelect tree openOnly style={{ width: '100%' }} />
      </RequiredField>
      <RequiredItem name="on" label={t('member.transferOn')}>
        <DayPicker style={{ width: '100%' }} allowClear={false} />
      </RequiredItem>
      <MemberNoteField />
    </FieldsDialog>
  );
}

/**
 * Ends the membership (POST /api/members/:id/end-membership): why (退休, 离开单位, 去世, 其他) and the day it happened —
 * today unless a role that may record a past date chooses one; the server checks it is not before joining.
 */
export function EndMembershipModal({ person, onClose, onDone }: PersonDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: (typeof END_REASONS)[number]; note?: string }>();
  const [day, setDay] = useState<string | null>(null);
  return (
    <FieldsDialog
      form={form}
      title={t('member.endTitle', { name: person.name })}
      onClose={onClose}
      okText={t('common.confirm')}
      okTestId="member-end-ok"
      okProps={{ danger: true }}
      submit={async (v) => {
        const body = {
          reason: v.reason,
          ...(day ? { effectiveOn: day } : {}),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        };
        const p = await unwrap(
          api.POST('/api/members/{id}/end-membership', { params: { path: { id: person.id } }, body }),
        );
        onDone(p);
        return t('member.endDone');
      }}
    >
      <Form.Item
        label={t('member.org')}
      >{`${person.orgName ?? '—'}${aside(`${t('member.joinedOn')} ${person.joinedOn ?? '—'}`)}`}</Form.Item>
      <RequiredItem name="reason" label={t('member.endReason')}>
        <Select
          options={optionsOf(END_REASONS, (r) => t(`endReason.${r}`))}
          data-testid="member-end-reason"
        />
      </RequiredItem>
      <Field id="member-end-on" label={t('member.endOn')} extra={day ? undefined : t('member.endOnToday')}>
        <PastDay value={day} onChange={setDay} testId="member-end-day" />
      </Field>
      <MemberNoteField />
    </FieldsDialog>
  );
}

/**
 * Edits name, phone, employer and the bank account and 京卡 numbers (PATCH /api/members/:id). A number is never
 * shown whole here: its field starts blank (blank leaves it), with the masked number it replaces beside it.
 */
export function BasicEditModal({
  person,
  onClose,
  onDone,
}: {
  person: PersonDetail;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{
    name: string;
    phone?: string;
    employerName?: string;
    bankAccount?: string;
    jingka?: string;
    clearBankAccount?: boolean;
    clearJingka?: boolean;
  }>();
  return (
    <FieldsDialog
      form={form}
      title={t('member.edit')}
      onClose={onClose}
      okText={t('common.save')}
      submit={async (v) => {
        const accounts: { bankAccount?: string | null; jingka?: string | null } = {};
        for (const kind of ACCOUNTS) {
          const typed = v[kind]?.trim();
          const clear = kind === 'bankAccount' ? v.clearBankAccount : v.clearJingka;
          if (typed) accounts[kind] = typed;
          else if (clear) accounts[kind] = null;
        }
        await unwrap(
          api.PATCH('/api/members/{id}', {
            params: { path: { id: person.id } },
            body: {
              name: v.name.trim(),
              phone: v.phone?.trim() || null,
              employerName: v.employerName?.trim() || null,
              ...accounts,
            },
          }),
        );
        onDone();
        return t('common.saved');
      }}
      initialValues={{
        name: person.name,
        phone: person.phone ?? '',
        employerName: person.employerName ?? '',
      }}
    >
      <Form.Item name="name" label={t('member.name')} rules={[requiredTextRule(t, t('member.name'))]}>
        <Input maxLength={50} />
      </Form.Item>
      <PhoneEmployerFields />
      {ACCOUNTS.map((kind) => {
        const masked = maskedOf(person, kind);
        return (
          <Form.Item
            key={kind}
            label={t(`member.${kind}`)}
            htmlFor={`member-edit-${kind}-input`}
            style={{ marginBottom: 8 }}
          >
            <Form.Item
              name={kind}
              noStyle
              rules={[
                {
                  validator: (_, v: string | undefined) =>
                    accountValid(v)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('member.accountInvalid'))),
                },
              ]}
            >
              <Input
                id={`member-edit-${kind}-input`}
                maxLength={40}
                inputMode="numeric"
                autoComplete="off"
                placeholder={masked ? t('member.accountKeep', { masked }) : t('member.accountNone')}
                data-testid={`member-edit-${kind}`}
              />
            </Form.Item>
            {masked && (
              <Form.Item
                name={kind === 'bankAccount' ? 'clearBankAccount' : 'clearJingka'}
                valuePropName="checked"
                noStyle
              >
                <Checkbox style={{ marginTop: 4 }}>{t('member.accountClear')}</Checkbox>
              </Form.Item>
            )}
          </Form.Item>
        );
      })}
    </FieldsDialog>
  );
}

/** The note a transfer or an ended membership carries (at most 200 characters). */
function MemberNoteField() {
  const { t } = useTranslation();
  return <TextItem name="note" label={t('member.note')} max={200} rows={2} />;
}
