import { Flex, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDate } from '../../components/DateField.tsx';
import { Field } from '../../components/Field.tsx';
import { type DialogProps, FieldsDialog } from '../../components/FormDialog.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { SettingsFields } from './CongressListPage.tsx';
import {
  CATEGORIES,
  type Category,
  type CongressDetail,
  congressesApi,
  type Delegate,
  type NewSession,
} from './congresses-api.ts';

export type Dialog =
  | { kind: 'settings' }
  | { kind: 'term' }
  | { kind: 'delegation' }
  | { kind: 'elect'; delegationId: number }
  | { kind: 'replace'; delegate: Delegate }
  | { kind: 'session' };

/** The dialog a congress page opens: settings, a term, a delegation, an election, a replacement, a session. */
export function DialogFor({
  dialog,
  c,
  onClose,
  onDone,
}: DialogProps<{ dialog: Dialog; c: CongressDetail }>) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [day, setDay] = useState<string | null>(null);
  const [people, setPeople] = useState<number[]>([]);
  const [category, setCategory] = useState<Category>('frontline');
  const [successor, setSuccessor] = useState<number | null>(null);
  const termId = c.termId as number;
  const run = async (fn: () => Promise<unknown>, done: string) => {
    await fn();
    onDone();
    return done;
  };
  const submit = async (v: Record<string, unknown>) => {
    switch (dialog.kind) {
      case 'settings':
        return run(
          () => congressesApi.settings(c.id, v as Parameters<typeof congressesApi.settings>[1]),
          t('cong.detail.settingsSaved'),
        );
      case 'term':
        return run(
          () => congressesApi.addTerm(c.id, v as Parameters<typeof congressesApi.addTerm>[1]),
          t('cong.detail.termDone'),
        );
      case 'delegation':
        return run(
          () => congressesApi.addDelegation(termId, v as { orgId: number; name: string }),
          t('cong.detail.delegationDone'),
        );
      case 'session':
        return run(() => congressesApi.addSession(termId, v as NewSession), t('cong.detail.sessionDone'));
      case 'elect':
        return run(
          () =>
            congressesApi.elect(dialog.delegationId, {
              delegates: people.map((personId) => ({ personId, category })),
              effectiveOn: day ?? undefined,
            }),
          t('cong.detail.electDone'),
        );
      case 'replace':
        return run(
          () =>
            congressesApi.replace(dialog.delegate.id, {
              reason: String(v.reason ?? ''),
              personId: successor ?? undefined,
              category,
              effectiveOn: day ?? undefined,
            }),
          t('cong.detail.replaceDone'),
        );
    }
  };
  const title = {
    settings: t('cong.detail.settings'),
    term: t('cong.detail.addTerm'),
    delegation: t('cong.detail.addDelegation'),
    session: t('cong.detail.addSession'),
    elect: t('cong.detail.elect'),
    replace: t('cong.detail.replace'),
  }[dialog.kind];
  const categorySelect = (
    <Field id="congress-category" label={t('cong.field.category')}>
      <Select
        value={category}
        onChange={setCategory}
        options={optionsOf(CATEGORIES, (k) => t(`cong.category.${k}`))}
      />
    </Field>
  );
  return (
    <FieldsDialog
      form={form}
      title={title}
      onClose={onClose}
      submit={submit}
      width={640}
      initialValues={
        dialog.kind === 'settings'
          ? {
              frontlineMinPct: c.frontlineMinPct,
              managerMaxPct: c.managerMaxPct,
              cosignMin: c.cosignMin,
              answerDays: c.answerDays,
            }
          : dialog.kind === 'term'
            ? { number: (c.terms[0]?.number ?? 0) + 1 }
            : dialog.kind === 'session'
              ? {
                  number: (c.sessions.filter((s) => s.termId === termId).length ?? 0) + 1,
                }
              : dialog.kind === 'delegation'
                ? { orgId: c.orgId }
                : {}
      }
    >
      {dialog.kind === 'settings' && <SettingsFields />}
      {dialog.kind === 'term' && <TermFields />}
      {dialog.kind === 'delegation' && <DelegationFields c={c} />}
      {dialog.kind === 'session' && <SessionFields />}
      {dialog.kind === 'elect' && (
        <>
          <Field id="congress-person" label={t('cong.field.person')} required>
            <PersonSelect
              multiple
              value={people}
              onChange={(v) => setPeople(Array.isArray(v) ? v : v ? [v] : [])}
              known={[]}
            />
          </Field>
          {categorySelect}
          <PastDay value={day} onChange={setDay} />
        </>
      )}
      {dialog.kind === 'replace' && (
        <>
          <Typography.Paragraph>{dialog.delegate.name}</Typography.Paragraph>
          <TextItem name="reason" label={t('cong.field.endReason')} max={200} required />
          <Field id="congress-successor" label={t('cong.detail.successor')}>
            <PersonSelect
              value={successor}
              onChange={(v) => setSuccessor(typeof v === 'number' ? v : null)}
              known={[]}
            />
          </Field>
          {categorySelect}
          <PastDay value={day} onChange={setDay} />
        </>
      )}
    </FieldsDialog>
  );
}

function TermFields() {
  const { t } = useTranslation();
  return (
    <>
      <RequiredItem name="number" label={t('cong.field.term')}>
        <Select
          options={Array.from({ length: 20 }, (_, i) => ({
            value: i + 1,
            label: t('cong.field.termN', { n: i + 1 }),
          }))}
        />
      </RequiredItem>
      <RequiredItem name="startsOn" label={t('cong.field.startsOn')}>
        <FormDate />
      </RequiredItem>
      <RequiredItem name="endsOn" label={t('cong.field.endsOn')}>
        <FormDate />
      </RequiredItem>
    </>
  );
}

function DelegationFields({ c }: { c: CongressDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <RequiredItem name="orgId" label={t('cong.field.union')}>
        <OrgSelect value={c.orgId} onChange={() => undefined} />
      </RequiredItem>
      <TextItem name="name" label={t('cong.field.delegation')} max={100} required />
    </>
  );
}

function SessionFields() {
  const { t } = useTranslation();
  return (
    <>
      <RequiredItem name="number" label={t('cong.field.session')}>
        <Select
          options={Array.from({ length: 10 }, (_, i) => ({
            value: i + 1,
            label: t('cong.field.sessionN', { n: i + 1 }),
          }))}
        />
      </RequiredItem>
      <TextItem name="title" label={t('cong.field.title')} max={200} required />
      <RequiredItem name="heldOn" label={t('cong.field.heldOn')}>
        <FormDate />
      </RequiredItem>
      <Flex gap={12}>
        <RequiredItem name="proposalsFrom" label={t('cong.field.startsOn')}>
          <FormDate />
        </RequiredItem>
        <RequiredItem name="proposalsUntil" label={t('cong.field.endsOn')}>
          <FormDate />
        </RequiredItem>
      </Flex>
    </>
  );
}
