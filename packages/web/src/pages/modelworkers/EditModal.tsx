import { Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field.tsx';
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
        <Field id="mw-edit-studio" label={t('mw.field.studio')}>
          <StudioSelect
            value={f.studioId}
            onChange={(studioId) => setF({ ...f, studioId })}
            testId="mw-edit-studio"
          />
        </Field>
        <Field id="mw-edit-health" label={t('mw.field.health')}>
          <Select
            value={f.health}
            onChange={(health) => setF({ ...f, health })}
            options={optionsOf(HEALTH, (h) => t(`mw.health.${h}`))}
          />
        </Field>
        <Field id="mw-edit-health-note" label={t('mw.field.healthNote')}>
          <Input {...text('healthNote')} maxLength={500} />
        </Field>
        <Field id="mw-edit-employer" label={t('mw.field.employer')}>
          <Input {...text('employer')} maxLength={200} />
        </Field>
        <Field id="mw-edit-phone" label={t('mw.field.phone')}>
          <Input {...text('phone')} maxLength={30} />
        </Field>
        <Field id="mw-edit-contact-name" label={t('mw.field.contactName')}>
          <Input {...text('contactName')} maxLength={50} />
        </Field>
        <Field id="mw-edit-contact-phone" label={t('mw.field.contactPhone')}>
          <Input {...text('contactPhone')} maxLength={30} />
        </Field>
        <Field id="mw-edit-note" label={t('mw.field.note')}>
          <Input.TextArea {...text('note')} maxLength={1000} rows={2} />
        </Field>
      </Form>
    </FormDialog>
  );
}
