import { Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { today } from '../../components/dates.ts';
import { Field, useRequired } from '../../components/Field.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { type ModelWorkerDialogProps, modelWorkersApi } from './modelworkers-api.ts';

/** A visit before a holiday, logged through care: the visiting union, the day, who went, what was said. */
export function VisitModal({ m, onClose, onSaved }: ModelWorkerDialogProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [orgId, setOrgId] = useState<number | null>(me?.orgId ?? m.orgId);
  const [visitedOn, setVisitedOn] = useState<string | null>(today());
  const [visitors, setVisitors] = useState('');
  const [note, setNote] = useState(t('mw.visit.defaultNote'));
  const { check, problem } = useRequired({
    orgId: !orgId,
    visitedOn: !visitedOn,
    visitors: !visitors.trim(),
  });
  const save = async () => {
    if (!check() || !orgId || !visitedOn) return undefined;
    await modelWorkersApi.logVisit({
      orgId,
      recipientKind: 'person',
      personId: m.personId,
      visitedOn,
      visitors: visitors.trim(),
      note: note.trim() || null,
      goods: [],
    });
    onClose();
    onSaved();
    return t('mw.visit.saved');
  };
  return (
    <FormDialog
      title={t('mw.visit.title', { name: m.name })}
      onClose={onClose}
      submit={save}
      okTestId="mw-visit-save"
    >
      <Form layout="vertical">
        <Field
          id="mw-visit-union"
          label={t('mw.visit.union')}
          required
          {...problem('orgId', t('mw.form.unionRequired'))}
        >
          <OrgSelect value={orgId} onChange={(id) => setOrgId(id)} />
        </Field>
        <Field
          id="mw-visit-day"
          label={t('mw.visit.day')}
          required
          {...problem('visitedOn', t('mw.visit.dayRequired'))}
        >
          <DateField value={visitedOn} onChange={setVisitedOn} noFuture testId="mw-visit-day" />
        </Field>
        <Field
          id="mw-visit-visitors"
          label={t('mw.visit.visitors')}
          required
          {...problem('visitors', t('mw.visit.visitorsRequired'))}
        >
          <TextLine value={visitors} max={200} onChange={setVisitors} testId="mw-visit-visitors" />
        </Field>
        <Field id="mw-visit-note" label={t('mw.visit.note')}>
          <TextBox value={note} onChange={setNote} max={1000} rows={2} />
        </Field>
        <Typography.Text type="secondary">{t('mw.visit.hint')}</Typography.Text>
      </Form>
    </FormDialog>
  );
}
