import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { DayPicker } from '../../components/DayPicker.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';

/** A project's title, as the dialogs that promise one and correct one ask for it. */
export function PledgeTitleField({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="title"
      label={t('pl.field.title')}
      rules={[{ required: true, whitespace: true, message: t('pl.create.needTitle') }]}
    >
      <Input maxLength={200} data-testid={testId} />
    </Form.Item>
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
      <Form.Item
        name="budgetFen"
        label={t('pl.field.budget')}
        rules={[{ required: true, message: t('pl.create.needBudget') }]}
      >
        <YuanInput style={{ width: '100%' }} testId={budgetTestId} />
      </Form.Item>
      <Form.Item
        name="department"
        label={t('pl.field.department')}
        rules={[{ required: true, whitespace: true, message: t('pl.create.needDepartment') }]}
      >
        <Input maxLength={100} data-testid={departmentTestId} />
      </Form.Item>
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
      <Form.List name="milestones">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((f) => {
              const done = keepsDone
                ? (form.getFieldValue(['milestones', f.name, 'done']) as boolean | undefined)
                : undefined;
              return (
                <Flex key={f.key} gap={8}>
                  <Form.Item name={[f.name, 'title']} noStyle rules={[{ required: true, whitespace: true }]}>
                    <Input placeholder={t('pl.milestone.title')} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueOn']} noStyle rules={[{ required: true }]}>
                    <DayPicker placeholder={t('pl.milestone.dueOn')} />
                  </Form.Item>
                  <Button
                    icon={<MinusCircleOutlined />}
                    disabled={done}
                    onClick={() => remove(f.name)}
                    aria-label={t('pl.milestone.remove')}
                  />
                </Flex>
              );
            })}
            <Button
              icon={<PlusOutlined />}
              onClick={() => (keepsDone ? add({ done: false }) : add())}
              style={{ alignSelf: 'start' }}
              data-testid={addTestId}
            >
              {t('pl.milestone.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
