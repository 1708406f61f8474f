import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
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
export function PledgeCreateModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const invalid = useInvalidFields();
  const submit = async (v: Values) => {
    if (invalid.blocked() || !me?.orgId) return;
    setBusy(true);
    try {
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
      feedback.success(t('pl.create.done'));
      form.resetFields();
      onDone(p.id);
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('pl.create.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      width={720}
      okButtonProps={{ 'data-testid': 'pledge-create-ok' } as never}
    >
      <ValidityScope fields={invalid}>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ year: new Date().getFullYear() }}
        >
          <div className="form-grid-2">
            <Form.Item name="year" label={t('pl.field.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="category"
              label={t('pl.field.category')}
              rules={[{ required: true, message: t('pl.create.needCategory') }]}
            >
              <Select
                options={CATEGORIES.map((c) => ({ value: c, label: t(`pl.category.${c}`) }))}
                data-testid="pledge-category"
              />
            </Form.Item>
          </div>
          <Form.Item
            name="title"
            label={t('pl.field.title')}
            rules={[{ required: true, whitespace: true, message: t('pl.create.needTitle') }]}
          >
            <Input maxLength={200} data-testid="pledge-title" />
          </Form.Item>
          <div className="form-grid-2">
            <Form.Item
              name="budgetFen"
              label={t('pl.field.budget')}
              rules={[{ required: true, message: t('pl.create.needBudget') }]}
            >
              <YuanInput style={{ width: '100%' }} testId="pledge-budget" />
            </Form.Item>
            <Form.Item
              name="department"
              label={t('pl.field.department')}
              rules={[{ required: true, whitespace: true, message: t('pl.create.needDepartment') }]}
            >
              <Input maxLength={100} data-testid="pledge-department" />
            </Form.Item>
          </div>
          <Form.Item name="series" label={t('pl.field.series')} extra={t('pl.create.seriesHint')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="description" label={t('pl.field.description')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item label={t('pl.field.milestones')}>
            <Form.List name="milestones">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((f) => (
                    <Flex key={f.key} gap={8}>
                      <Form.Item
                        name={[f.name, 'title']}
                        noStyle
                        rules={[{ required: true, whitespace: true }]}
                      >
                        <Input placeholder={t('pl.milestone.title')} maxLength={200} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'dueOn']} noStyle rules={[{ required: true }]}>
                        <DayPicker placeholder={t('pl.milestone.dueOn')} />
                      </Form.Item>
                      <Button
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={t('pl.milestone.remove')}
                      />
                    </Flex>
                  ))}
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add()}
                    style={{ alignSelf: 'start' }}
                    data-testid="pledge-add-milestone"
                  >
                    {t('pl.milestone.add')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Form.Item>
        </Form>
      </ValidityScope>
    </Modal>
  );
}
