import { Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTEST_LEVELS as LEVELS } from '../../../../server/src/modules/contests/contests.vocabulary.ts';
import { DateField } from '../../components/DateField.tsx';
import { EditDialog } from '../../components/EditDialog.tsx';
import { Field } from '../../components/Field.tsx';
import { lockedUntilFilled } from '../../components/locked.ts';
import { optionsOf } from '../../components/options.ts';
import { TextLine } from '../../components/TextBox.tsx';
import { type ContestDetail, contestsApi, type EditContest } from './contests-api.ts';

type Values = Required<EditContest>;

/** The organiser: correct a contest's name, level and dates until its results are published. */
export function ContestEditModal({ contest, onDone }: { contest: ContestDetail; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <EditDialog<Values>
      testId="contest-edit"
      okTestId="contest-edit-ok"
      title={t('contest.edit.title')}
      start={() => ({
        name: contest.name,
        level: contest.level,
        startsOn: contest.startsOn,
        endsOn: contest.endsOn,
      })}
      okProps={(v) => lockedUntilFilled(t, !v?.name.trim())}
      save={async (v) => {
        if (!v.name.trim()) return false;
        return contestsApi.edit(contest.id, { ...v, name: v.name.trim() });
      }}
      onDone={onDone}
    >
      {(v, set) => (
        <Form layout="vertical">
          <Field id="contest-edit-name" label={t('contest.field.name')} required>
            <TextLine
              value={v.name}
              max={100}
              onChange={(name) => set({ name })}
              testId="contest-edit-name"
            />
          </Field>
          <Field id="contest-edit-level" label={t('contest.field.level')} required>
            <Select
              value={v.level}
              onChange={(level) => set({ level })}
              options={optionsOf(LEVELS, (l) => t(`contest.level.${l}`))}
            />
          </Field>
          <Row gutter={16}>
            <Field col={12} id="contest-edit-starts-on" label={t('contest.field.startsOn')} required>
              <DateField value={v.startsOn} onChange={(d) => d && set({ startsOn: d })} />
            </Field>
            <Field col={12} id="contest-edit-ends-on" label={t('contest.field.endsOn')} required>
              <DateField value={v.endsOn} onChange={(d) => d && set({ endsOn: d })} />
            </Field>
          </Row>
        </Form>
      )}
    </EditDialog>
  );
}
