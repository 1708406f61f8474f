import { Alert, Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STUDIO_LEVELS as RANK } from '../../../../../server/src/modules/innovation/innovation.vocabulary.ts';
import { pickedDay } from '../../../api/client.ts';
import { Field } from '../../../components/Field.tsx';
import { type DialogProps, FormDialog } from '../../../components/FormDialog.tsx';
import { optionsOf } from '../../../components/options.ts';
import { PastDay } from '../../../components/PastDay.tsx';
import { TextBox } from '../../../components/TextBox.tsx';
import { RECOGNISABLE, type RecognisableLevel, type StudioDetail, studiosApi } from './studios-api.ts';

/** Proposes the studio for a higher level (认定/晋升). */
export function ProposeModal({ studio, onClose, onDone }: DialogProps<{ studio: StudioDetail }>) {
  const { t } = useTranslation();
  const current = studio.status === 'active' ? studio.level : 'grassroots';
  const higher = RECOGNISABLE.filter((l) => RANK.indexOf(l) > RANK.indexOf(current));
  const [level, setLevel] = useState<RecognisableLevel | undefined>(higher[0]);
  const [note, setNote] = useState('');
  const [pastDay, setPastDay] = useState<string | null>(null);

  const submit = async () => {
    if (!level) return undefined;
    await studiosApi.propose(studio.id, {
      level,
      note: note.trim() || undefined,
      ...pickedDay(pastDay),
    });
    const detail = await studiosApi.get(studio.id);
    const open = detail.recognitions.find((r) => r.status === 'submitted');
    onDone();
    return t('stu.propose.done', { org: open?.stepOrgName ?? '' });
  };

  return (
    <FormDialog
      title={t('stu.propose.title', { name: studio.name })}
      onClose={onClose}
      submit={submit}
      okText={t('stu.propose.submit')}
      cancelText={t('common.cancel')}
      okTestId="propose-submit"
      okProps={{ disabled: !level }}
    >
      <Alert type="info" showIcon message={t('stu.propose.hint')} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        <Field id="studio-propose-level" label={t('stu.propose.level')} required>
          <Select
            value={level}
            onChange={setLevel}
            options={optionsOf(higher, (l) => t(`stu.level.${l}`))}
            data-testid="propose-level"
          />
        </Field>
        <Field id="studio-propose-note" label={t('stu.propose.note')}>
          <TextBox rows={3} max={1000} value={note} onChange={setNote} />
        </Field>
        <PastDay value={pastDay} onChange={setPastDay} testId="propose-day" />
      </Form>
    </FormDialog>
  );
}
