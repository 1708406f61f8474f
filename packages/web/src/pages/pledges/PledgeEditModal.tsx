import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay, toDay } from '../../components/dates.ts';
import { FormEditDialog } from '../../components/EditDialog.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { BudgetDepartmentFields, MilestonesField, PledgeTitleField } from './PledgeFields.tsx';
import { type PledgeDetail, pledgesApi } from './pledges-api.ts';

interface Values {
  title: string;
  department: string;
  budgetFen: number;
  description?: string;
  milestones: { id?: number; title: string; dueOn: Dayjs; done: boolean }[];
}

/**
 * Staff: correct a project not yet completed — title, department, budget, description and milestones (a milestone
 * reached keeps its day and stays). Every change lands in the project's history.
 */
export function PledgeEditModal({ detail, onDone }: { detail: PledgeDetail; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const p = detail.pledge;
  return (
    <FormEditDialog<Values>
      form={form}
      testId="pledge-edit"
      okTestId="pledge-edit-ok"
      title={t('pl.edit.title')}
      width={720}
      start={() => ({
        title: p.title,
        department: p.department,
        budgetFen: p.budgetFen,
        description: p.description ?? '',
        milestones: detail.milestones.map((m) => ({
          id: m.id,
          title: m.title,
          dueOn: toDay(m.dueOn) as Dayjs,
          done: m.doneOn !== null,
        })),
      })}
      save={async (v) => {
        return pledgesApi.edit(p.id, {
          title: v.title,
          department: v.department,
          budgetFen: v.budgetFen,
          description: v.description?.trim() || null,
          milestones: (v.milestones ?? []).map((m) => ({
            ...(m.id ? { id: m.id } : {}),
            title: m.title,
            dueOn: fromDay(m.dueOn) as string,
          })),
        });
      }}
      onDone={onDone}
    >
      <PledgeTitleField testId="pledge-edit-title" />
      <BudgetDepartmentFields budgetTestId="pledge-edit-budget" />
      <TextItem name="description" label={t('pl.field.description')} max={2000} rows={2} />
      <MilestonesField keepsDone extra={t('pl.edit.milestonesHint')} />
    </FormEditDialog>
  );
}
