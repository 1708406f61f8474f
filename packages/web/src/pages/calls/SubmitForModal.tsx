import { Button, Form, Modal, Select, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field.tsx';
import type { DialogProps } from '../../components/FormDialog.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { type CallDetail, callsApi } from './calls-api.ts';

/** Staff send a member's work in: a text or a file, on today or on the day it was handed in (补录). */
export function SubmitForModal({ call, onClose, onDone }: DialogProps<{ call: CallDetail }>) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [personId, setPersonId] = useState<number | null>(null);
  const [categoryId, setCategoryId] = useState(call.categories[0]?.id);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { busy, run: whileBusy } = useSaving();
  const [pastDay, setPastDay] = useState<string | null>(null);
  const kind = call.categories.find((k) => k.id === categoryId)?.kind;
  return (
    <Modal
      open
      title={t('calls.detail.submitFor')}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ disabled: !personId || !categoryId || (kind === 'text' ? !body.trim() : !file) }}
      onOk={async () => {
        if (!personId || !categoryId) return;
        await whileBusy(async () => {
          await callsApi.submitFor(
            call.id,
            personId,
            { categoryId, title: title.trim() || undefined, ...(kind === 'text' ? { body } : {}) },
            kind === 'text' ? undefined : (file ?? undefined),
            pastDay,
          );
          feedback.success(t('calls.mine.sent'));
          onDone();
        });
      }}
    >
      <Form layout="vertical">
        <Field id="call-submit-member" label={t('calls.detail.member')} required>
          <PersonSelect value={personId} onChange={(v) => setPersonId(v as number | null)} known={[]} />
        </Field>
        <Field id="call-submit-category" label={t('calls.field.category')} required>
          <Select
            value={categoryId}
            onChange={setCategoryId}
            options={call.categories.map((k) => ({ value: k.id, label: k.name }))}
          />
        </Field>
        <Field id="call-submit-work-title" label={t('calls.field.workTitle')}>
          <TextLine value={title} max={200} onChange={setTitle} />
        </Field>
        {kind === 'text' ? (
          <Field id="call-submit-content" label={t('calls.field.content')} required>
            <TextBox value={body} max={2000} autoSize={{ minRows: 3 }} onChange={setBody} />
          </Field>
        ) : (
          <Form.Item htmlFor="call-submit-file" label={t('calls.field.file')} required>
            <Upload
              maxCount={1}
              accept={kind === 'image' ? 'image/jpeg,image/png' : undefined}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <Button id="call-submit-file">{t('calls.mine.pick')}</Button>
            </Upload>
          </Form.Item>
        )}
        <PastDay value={pastDay} onChange={setPastDay} testId="call-work-day" />
      </Form>
    </Modal>
  );
}
