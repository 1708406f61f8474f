import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, toDay } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
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
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const invalid = useInvalidFields();
  const p = detail.pledge;
  const start = () => {
    form.setFieldsValue({
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
    });
    setOpen(true);
  };
  const submit = async (v: Values) => {
    if (invalid.blocked()) return;
    setBusy(true);
    try {
      await pledgesApi.edit(p.id, {
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
      feedback.success(t('edits.saved'));
      setOpen(false);
      await onDone();
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={start} data-testid="pledge-edit">
        {t('common.edit')}
      </Button>
      <Modal
        open={open}
        title={t('pl.edit.title')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        confirmLoading={busy}
        width={720}
        okButtonProps={{ 'data-testid': 'pledge-edit-ok' } as never}
        destroyOnHidden
      >
        <ValidityScope fields={invalid}>
          <Form<Values> form={form} layout="vertical" onFinish={submit}>
            <Form.Item
              name="title"
              label={t('pl.field.title')}
              rules={[{ required: true, whitespace: true, message: t('pl.create.needTitle') }]}
            >
              <Input maxLength={200} data-testid="pledge-edit-title" />
            </Form.Item>
            <div className="form-grid-2">
              <Form.Item
                name="budgetFen"
                label={t('pl.field.budget')}
                rules={[{ required: true, message: t('pl.create.needBudget') }]}
              >
                <YuanInput style={{ width: '100%' }} testId="pledge-edit-budget" />
              </Form.Item>
              <Form.Item
                name="department"
                label={t('pl.field.department')}
                rules={[{ required: true, whitespace: true, message: t('pl.create.needDepartment') }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </div>
            <Form.Item name="description" label={t('pl.field.description')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item label={t('pl.field.milestones')} extra={t('pl.edit.milestonesHint')}>
              <Form.List name="milestones">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={8}>
                    {fields.map((f) => {
                      const done = form.getFieldValue(['milestones', f.name, 'done']) as boolean | undefined;
                      return (
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
                            disabled={done}
                            onClick={() => remove(f.name)}
                            aria-label={t('pl.milestone.remove')}
                          />
                        </Flex>
                      );
                    })}
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => add({ done: false })}
                      style={{ alignSelf: 'start' }}
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
    </>
  );
}
