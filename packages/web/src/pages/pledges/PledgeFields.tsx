import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { DayPicker } from '../../components/DayPicker.tsx';
import { FormRows } from '../../components/FormRows.tsx';
import { requiredRule } from '../../components/form-rules.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';

/** A project's title, as the dialogs that promise one and correct one ask for it. */
export function PledgeTitleField({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <TextItem
      name="title"
      label={t('pl.field.title')}
      max={200}
      required={t('pl.create.needTitle')}
      testId={testId}
    />
  );
}

/** A project's budget and the department that carries it out, side by side. */
export function BudgetDepartmentFields({
  budgetTestId,
  departmentTestId,
}: {
  budgetTestId: string;
  departmentTestId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-grid-2">
      <RequiredItem name="budgetFen" label={t('pl.field.budget')} message={t('pl.create.needBudget')}>
        <YuanInput style={{ width: '100%' }} testId={budgetTestId} />
      </RequiredItem>
      <TextItem
        name="department"
        label={t('pl.field.department')}
        max={100}
        required={t('pl.create.needDepartment')}
        testId={departmentTestId}
      />
    </div>
  );
}

/**
 * A project's milestones, a row each (what, by which day), as the form list `milestones`. `keepsDone`: a
 * milestone already reached (its `done`) cannot be removed, and a row added starts not done.
 */
export function MilestonesField({
  keepsDone,
  extra,
  addTestId,
}: {
  keepsDone?: boolean;
  extra?: string;
  addTestId?: string;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.Item label={t('pl.field.milestones')} extra={extra}>
      <FormRows
        name="milestones"
        addLabel={t('pl.milestone.add')}
        addTestId={addTestId}
        newRow={keepsDone ? () => ({ done: false }) : undefined}
        locked={
          keepsDone
            ? (f) => form.getFieldValue(['milestones', f.name, 'done']) as boolean | undefined
            : undefined
        }
        removeLabel={t('pl.milestone.remove')}
        row={(f) => (
          <>
            <TextItem
              name={[f.name, 'title']}
              max={200}
              placeholder={t('pl.milestone.title')}
              required
              noStyle
            />
            <Form.Item name={[f.name, 'dueOn']} noStyle rules={[requiredRule(t, t('pl.milestone.dueOn'))]}>
              <DayPicker placeholder={t('pl.milestone.dueOn')} />
            </Form.Item>
          </>
        )}
      />
    </Form.Item>
  );
}
