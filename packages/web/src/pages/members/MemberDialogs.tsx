import { Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { PersonDetail } from '../../api/types.ts';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, toDay, today } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { OrgPicker } from '../../components/OrgPicker.tsx';

export const PHONE_RULE = /^1[3-9]\d{9}$/;

/** Transfers the membership to another union (POST /api/members/:id/transfer). */
export function TransferModal({
  person,
  onClose,
  onDone,
}: {
  person: PersonDetail;
  onClose(): void;
  onDone(p: PersonDetail): void;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm<{ toOrgId: number; on: Dayjs; note?: string }>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={t('member.transferTitle', { name: person.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: toDay(today()) }}
        onFinish={async (v) => {
          setBusy(true);
          try {
            const body = {
              toOrgId: v.toOrgId,
              on: fromDay(v.on) ?? today(),
              ...(v.note?.trim() ? { note: v.note.trim() } : {}),
            };
            const p = await unwrap(
              api.POST('/api/members/{id}/transfer', { params: { path: { id: person.id } }, body }),
            );
            feedback.success(t('member.transferred'));
            onDone(p);
          } catch (err) {
            feedback.error(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item label={t('member.org')}>{person.orgName ?? '—'}</Form.Item>
        <Form.Item
          name="toOrgId"
          label={t('member.toOrg')}
          rules={[{ required: true, message: t('common.required', { field: t('member.toOrg') }) }]}
        >
          <OrgPicker style={{ width: '100%' }} id="transfer-org" />
        </Form.Item>
        <Form.Item name="on" label={t('member.transferOn')} rules={[{ required: true }]}>
          <DayPicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="note" label={t('member.note')}>
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Edits name, phone and employer (PATCH /api/members/:id). */
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
  const feedback = useFeedback();
  const [form] = Form.useForm<{ name: string; phone?: string; employerName?: string }>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={t('member.edit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: person.name,
          phone: person.phone ?? '',
          employerName: person.employerName ?? '',
        }}
        onFinish={async (v) => {
          setBusy(true);
          try {
            await unwrap(
              api.PATCH('/api/members/{id}', {
                params: { path: { id: person.id } },
                body: {
                  name: v.name.trim(),
                  phone: v.phone?.trim() || null,
                  employerName: v.employerName?.trim() || null,
                },
              }),
            );
            feedback.success(t('common.saved'));
            onDone();
          } catch (err) {
            feedback.error(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item
          name="name"
          label={t('member.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('member.name') }) },
          ]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('member.phone')}
          rules={[{ pattern: PHONE_RULE, message: t('member.phoneInvalid') }]}
        >
          <Input maxLength={11} inputMode="tel" />
        </Form.Item>
        <Form.Item name="employerName" label={t('member.employerName')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
