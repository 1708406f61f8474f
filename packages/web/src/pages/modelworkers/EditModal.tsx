import { Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog.tsx';
import { optionsOf } from '../../components/options.ts';
import {
  HEALTH,
  type Health,
  type ModelWorkerDialogProps,
  modelWorkersApi,
  type Status,
} from './modelworkers-api.ts';
import { StatusFields } from './StatusFields.tsx';
import { StudioSelect } from './StudioSelect.tsx';

/**
 * Correct a model worker's contact, health, the studio they lead and the note, and record a change of status
 * (退休, 已故) with its day where known.
 */
export function EditModal({ m, onClose, onSaved }: ModelWorkerDialogProps) {
  const { t } = useTranslation();
  const [f, setF] = useState({
    employer: m.employer ?? '',
    phone: m.phone ?? '',
    contactName: m.contactName ?? '',
    contactPhone: m.contactPhone ?? '',
    health: m.health as Health,
    healthNote: m.healthNote ?? '',
    studioId: m.studioId,
    note: m.note ?? '',
    status: m.status as Status,
    statusOn: m.statusOn,
  });
  const text = (k: keyof typeof f) => ({
    value: f[k] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setF({ ...f, [k]: e.target.value }),
  });
  const save = async () => {
    await modelWorkersApi.edit(m.id, {
      ...f,
      employer: f.employer || null,
      phone: f.phone || null,
      contactName: f.contactName || null,
      contactPhone: f.contactPhone || null,
      healthNote: f.healthNote || null,
      note: f.note || null,
    });
    onClose();
    onSaved();
    return t('mw.form.saved');
  };
  return (
    <FormDialog title={t('mw.detail.edit')} onClose={onClose} submit={save} width={640}>
      <Form layout="vertical">
        <Row gutter={12}>
          <StatusFields status={f.status} statusOn={f.statusOn} onChange={(v) => setF({ ...f, ...v })} />
        </Row>
        <Form.Item htmlFor="mw-edit-studio" label={t('mw.field.studio')}>
          <StudioSelect
            id="mw-edit-studio"
            value={f.studioId}
            onChange={(studioId) => setF({ ...f, studioId })}
            testId="mw-edit-studio"
          />
        </Form.Item>
        <Form.Item htmlFor="mw-edit-health" label={t('mw.field.health')}>
          <Select
            id="mw-edit-health"
            value={f.health}
            onChange={(health) => setF({ ...f, health })}
            options={optionsOf(HEALTH, (h) => t(`mw.health.${h}`))}
          />
        </Form.Item>
        <Form.Item htmlFor="mw-edit-health-note" label={t('mw.field.healthNote')}>
          <Input id="mw-edit-health-note" {...text('healthNote')} maxLength={500} />
        </Form.Item>
        <Form.Item htmlFor="mw-edit-employer" label={t('mw.field.employer')}>
          <Input id="mw-edit-employer" {...text('employer')} maxLength={200} />
        </Form.Item>
        <Form.Item htmlFor="mw-edit-phone" label={t('mw.field.phone')}>
          <Input id="mw-edit-phone" {...text('phone')} maxLength={30} />
        </Form.Item>
        <Form.Item htmlFor="mw-edit-contact-name" label={t('mw.field.contactName')}>
          <Input id="mw-edit-contact-name" {...text('contactName')} maxLength={50} />
        </Form.Item>
        <Form.Item htmlFor="mw-edit-contact-phone" label={t('mw.field.contactPhone')}>
          <Input id="mw-edit-contact-phone" {...text('contactPhone')} maxLength={30} />
        </Form.Item>
        <Form.Item htmlFor="mw-edit-note" label={t('mw.field.note')}>
          <Input.TextArea id="mw-edit-note" {...text('note')} maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
