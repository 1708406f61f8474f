import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { RuleBuilder } from '../programs/RuleBuilder.tsx';
import type { Rule } from '../programs/rule-vocabulary.ts';
import { FormDate, FormOrg } from './form-controls.tsx';
import { type SelectionBody, selectionsApi } from './selections-api.ts';

type Values = Omit<SelectionBody, 'rule'>;

const thisYear = new Date().getFullYear();
const DEFAULTS: Partial<Values> = {
  year: thisYear,
  noticeDays: 7,
  allowSelf: false,
  categories: [{ name: '', places: 3, quotaPerUnion: 2 }],
  criteria: [
    { name: '工作业绩', weight: 40 },
    { name: '技术技能', weight: 30 },
    { name: '职业道德', weight: 20 },
    { name: '示范带动', weight: 10 },
  ],
};

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
  const feedback = useFeedback();
  const { me } = useSession();
  const myUnion = me?.roles.find((r) => r.assignmentId === me.assignmentId);
  const [form] = Form.useForm<Values>();
  const [rule, setRule] = useState<Rule | null>(null);
  const [busy, setBusy] = useState(false);
  const invalid = useInvalidFields();
  const criteria = Form.useWatch('criteria', form) ?? [];

  const submit = async (values: Values) => {
    // Amounts typed in the rule's conditions must read as amounts too.
    if (invalid.blocked()) return;
    setBusy(true);
    try {
      const created = await selectionsApi.create({ ...values, rule });
      feedback.success(t('sel.create.done'));
      onCreated(created.id);
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('sel.create.title')}
      width={860}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('sel.create.submit')}
      okButtonProps={{ loading: busy, 'data-testid': 'sel-create-ok' } as never}
      destroyOnHidden
    >
      <ValidityScope fields={invalid}>
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            ...DEFAULTS,
            organiserOrgId: me?.orgId ?? undefined,
            nominateFrom: dayjs().format('YYYY-MM-DD'),
            nominateUntil: dayjs().add(30, 'day').format('YYYY-MM-DD'),
          }}
          onFinish={submit}
          data-testid="sel-create-form"
        >
          <Flex gap={12} wrap>
            <Form.Item
              name="organiserOrgId"
              label={t('sel.field.organiser')}
              rules={[{ required: true }]}
              style={{ flex: 2, minWidth: 240 }}
            >
              <FormOrg testId="sel-organiser" label={myUnion?.orgName ?? undefined} />
            </Form.Item>
            <Form.Item name="year" label={t('sel.field.year')} rules={[{ required: true }]}>
              <InputNumber min={1949} max={2200} />
            </Form.Item>
          </Flex>
          <Flex gap={12} wrap>
            <Form.Item
              name="edition"
              label={t('sel.field.edition')}
              rules={[{ required: true, whitespace: true }]}
              style={{ flex: 2, minWidth: 240 }}
            >
              <Input maxLength={100} placeholder={t('sel.create.editionHint')} data-testid="sel-edition" />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('sel.field.title')}
              rules={[{ required: true, whitespace: true }]}
              style={{ flex: 1, minWidth: 160 }}
            >
              <Input maxLength={50} placeholder={t('sel.create.titleHint')} data-testid="sel-title" />
            </Form.Item>
          </Flex>
          <Flex gap={12} wrap align="end">
            <Form.Item name="nominateFrom" label={t('sel.field.nominateFrom')} rules={[{ required: true }]}>
              <FormDate testId="sel-from" />
            </Form.Item>
            <Form.Item name="nominateUntil" label={t('sel.field.nominateUntil')} rules={[{ required: true }]}>
              <FormDate testId="sel-until" />
            </Form.Item>
            <Form.Item name="noticeDays" label={t('sel.field.noticeDays')} rules={[{ required: true }]}>
              <InputNumber min={1} max={60} addonAfter={t('sel.unit.days')} />
            </Form.Item>
            <Form.Item name="allowSelf" label={t('sel.field.allowSelf')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Flex>

          <Typography.Title level={5}>{t('sel.create.categories')}</Typography.Title>
          <Form.List name="categories">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} align="start" wrap>
                    <Form.Item
                      name={[f.name, 'name']}
                      rules={[{ required: true, whitespace: true }]}
                      style={{ width: 160 }}
                    >
                      <Input
                        placeholder={t('sel.field.category')}
                        maxLength={50}
                        data-testid="sel-cat-name"
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'title']} style={{ width: 150 }}>
                      <Input placeholder={t('sel.create.catTitle')} maxLength={50} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'places']} rules={[{ required: true }]}>
                      <InputNumber
                        min={1}
                        max={10000}
                        addonBefore={t('sel.field.places')}
                        style={{ width: 140 }}
                        data-testid="sel-cat-places"
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'quotaPerUnion']} rules={[{ required: true }]}>
                      <InputNumber
                        min={1}
                        max={10000}
                        addonBefore={t('sel.field.quota')}
                        style={{ width: 170 }}
                        data-testid="sel-cat-quota"
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'criteria']} style={{ flex: 1, minWidth: 160 }}>
                      <Input placeholder={t('sel.field.criteria')} maxLength={1000} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={t('sel.create.remove')}
                      />
                    )}
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ places: 1, quotaPerUnion: 1 })}>
                  {t('sel.create.addCategory')}
                </Button>
              </>
            )}
          </Form.List>

          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('sel.create.rubric')}
          </Typography.Title>
          <Form.List name="criteria">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} align="start">
                    <Form.Item
                      name={[f.name, 'name']}
                      rules={[{ required: true, whitespace: true }]}
                      style={{ width: 200 }}
                    >
                      <Input placeholder={t('sel.field.criterion')} maxLength={50} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'weight']} rules={[{ required: true }]}>
                      <InputNumber min={1} max={100} addonBefore={t('sel.field.weight')} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={t('sel.create.remove')}
                      />
                    )}
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ weight: 10 })}>
                  {t('sel.create.addCriterion')}
                </Button>
              </>
            )}
          </Form.List>
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

          <Checkbox
            checked={rule !== null}
            onChange={(e) => setRule(e.target.checked ? { op: 'all', rules: [] } : null)}
          >
            {t('sel.create.withRule')}
          </Checkbox>
          {rule && (
            <div style={{ marginTop: 8 }}>
              <RuleBuilder value={rule} onChange={setRule} applicant="person" />
            </div>
          )}
        </Form>
      </ValidityScope>
    </Modal>
  );
}
