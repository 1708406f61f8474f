import { Flex, Form, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { FormDate } from '../../components/DateField.tsx';
import { thisYear, today } from '../../components/dates.ts';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { OptionalRule } from '../programs/RuleBuilder.tsx';
import type { Rule } from '../programs/rule-vocabulary.ts';
import { CategoryFields, CriterionFields } from './CreateSelectionModal.lists.tsx';
import { FormOrg } from './form-controls.tsx';
import { type SelectionBody, selectionsApi } from './selections-api.ts';

type Values = Omit<SelectionBody, 'rule'>;

const DEFAULTS: Partial<Values> = {
  year: thisYear(),
  noticeDays: 7,
  allowSelf: false,
  categories: [{ name: '', places: 3, quotaPerUnion: 2 }],
};
/** The rubric a new selection starts from, each criterion named in the page's language (the organiser may rename it). */
const CRITERIA = [
  ['performance', 40],
  ['skill', 30],
  ['ethics', 20],
  ['example', 10],
] as const;

/** A new selection: organiser, edition and title, window, categories with places and quotas, the rubric. */
export function CreateSelectionModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const myUnion = me?.roles.find((r) => r.assignmentId === me.assignmentId);
  const [form] = Form.useForm<Values>();
  const [rule, setRule] = useState<Rule | null>(null);
  const criteria = Form.useWatch('criteria', form) ?? [];

  const submit = async (values: Values) => {
    const created = await selectionsApi.create({ ...values, rule });
    onCreated(created.id);
    return t('sel.create.done');
  };

  return (
    <FieldsDialog
      form={form}
      open={open}
      title={t('sel.create.title')}
      width={860}
      onClose={onClose}
      submit={submit}
      okText={t('sel.create.submit')}
      okTestId="sel-create-ok"
      preserve
      initialValues={{
        ...DEFAULTS,
        criteria: CRITERIA.map(([key, weight]) => ({ name: t(`sel.create.criterion.${key}`), weight })),
        organiserOrgId: me?.orgId ?? undefined,
        nominateFrom: today(),
        nominateUntil: dayjs(today()).add(30, 'day').format('YYYY-MM-DD'),
      }}
      testId="sel-create-form"
    >
      <Flex gap={12} wrap>
        <RequiredItem
          name="organiserOrgId"
          label={t('sel.field.organiser')}
          style={{ flex: 2, minWidth: 240 }}
        >
          <FormOrg testId="sel-organiser" label={myUnion?.orgName ?? undefined} />
        </RequiredItem>
        <RequiredItem name="year" label={t('sel.field.year')}>
          <NumberInput min={1949} max={2200} />
        </RequiredItem>
      </Flex>
      <Flex gap={12} wrap>
        <TextItem
          name="edition"
          label={t('sel.field.edition')}
          max={100}
          placeholder={t('sel.create.editionHint')}
          required
          testId="sel-edition"
          style={{ flex: 2, minWidth: 240 }}
        />
        <TextItem
          name="title"
          label={t('sel.field.title')}
          max={50}
          placeholder={t('sel.create.titleHint')}
          required
          testId="sel-title"
          style={{ flex: 1, minWidth: 160 }}
        />
      </Flex>
      <Flex gap={12} wrap align="end">
        <RequiredItem name="nominateFrom" label={t('sel.field.nominateFrom')}>
          <FormDate testId="sel-from" />
        </RequiredItem>
        <RequiredItem name="nominateUntil" label={t('sel.field.nominateUntil')}>
          <FormDate testId="sel-until" />
        </RequiredItem>
        <RequiredItem name="noticeDays" label={t('sel.field.noticeDays')}>
          <NumberInput min={1} max={60} suffix={t('sel.unit.days')} />
        </RequiredItem>
        <Form.Item name="allowSelf" label={t('sel.field.allowSelf')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Flex>

      <Typography.Title level={5}>{t('sel.create.categories')}</Typography.Title>
      <CategoryFields />

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('sel.create.rubric')}
      </Typography.Title>
      <CriterionFields />
      <Form.Item
        name="tieCriterion"
        label={t('sel.field.tieCriterion')}
        extra={t('sel.create.tieHint')}
        style={{ marginTop: 16 }}
      >
        <Select
          allowClear
          style={{ width: 240 }}
          options={criteria.filter((c) => c?.name?.trim()).map((c) => ({ value: c.name, label: c.name }))}
        />
      </Form.Item>

      <OptionalRule rule={rule} onChange={setRule} label={t('sel.create.withRule')} />
    </FieldsDialog>
  );
}
