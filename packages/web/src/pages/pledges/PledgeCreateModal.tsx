import { Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { fromDay, thisYear } from '../../components/dates.ts';
import { type DialogProps, FieldsDialog } from '../../components/FormDialog.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { BudgetDepartmentFields, MilestonesField, PledgeTitleField } from './PledgeFields.tsx';
import { CATEGORIES, type Category, pledgesApi } from './pledges-api.ts';

interface Values {
  year: number;
  title: string;
  category: Category;
  budgetFen: number;
  department: string;
  series?: string;
  description?: string;
  milestones?: { title: string; dueOn: Dayjs }[];
}

/** Staff: my union promises a project for a year, with its milestones. */
export function PledgeCreateModal({ open, onClose, onDone }: DialogProps<{ open: boolean }, [id: number]>) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [form] = Form.useForm<Values>();
  const submit = async (v: Values) => {
    if (!me?.orgId) return undefined;
    const p = await pledgesApi.create({
      orgId: me.orgId,
      year: v.year,
      title: v.title,
      category: v.category,
      budgetFen: v.budgetFen,
      department: v.department,
      series: v.series?.trim() || null,
      description: v.description?.trim() || null,
      milestones: (v.milestones ?? []).map((m) => ({ title: m.title, dueOn: fromDay(m.dueOn) as string })),
    });
    form.resetFields();
    onDone(p.id);
    return t('pl.create.done');
  };
  return (
    <FieldsDialog
      form={form}
      open={open}
      title={t('pl.create.title')}
      onClose={onClose}
      submit={submit}
      width={720}
      okTestId="pledge-create-ok"
      destroyOnHidden={false}
      initialValues={{ year: thisYear() }}
    >
      <div className="form-grid-2">
        <RequiredItem name="year" label={t('pl.field.year')}>
          <NumberInput min={2000} max={2100} style={{ width: '100%' }} />
        </RequiredItem>
        <RequiredItem name="category" label={t('pl.field.category')} message={t('pl.create.needCategory')}>
          <Select
            options={optionsOf(CATEGORIES, (c) => t(`pl.category.${c}`))}
            data-testid="pledge-category"
          />
        </RequiredItem>
      </div>
      <PledgeTitleField testId="pledge-title" />
      <BudgetDepartmentFields budgetTestId="pledge-budget" departmentTestId="pledge-department" />
      <TextItem name="series" label={t('pl.field.series')} max={100} extra={t('pl.create.seriesHint')} />
      <TextItem name="description" label={t('pl.field.description')} max={2000} rows={2} />
      <MilestonesField addTestId="pledge-add-milestone" />
    </FieldsDialog>
  );
}
