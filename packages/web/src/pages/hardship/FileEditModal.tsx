import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { CAUSES, type EditFile, type HardshipDetail, hardshipApi, RELATIONS } from './hardship-api.ts';

type Member = EditFile['members'] extends (infer M)[] | undefined ? M : never;
interface Values {
  address?: string;
  causes: EditFile['causes'];
  note?: string;
  members: (Omit<Member, 'yearlyIncomeFen'> & { incomeFen?: number | null })[];
}

/**
 * Staff: correct an open file — address, causes, note and the household with its incomes. A member's ID number
 * shows masked; left as shown it stays as on file. Every change lands in the file's history.
 */
export function FileEditModal({ detail, onDone }: { detail: HardshipDetail; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const invalid = useInvalidFields();
  const [form] = Form.useForm<Values>();
  const f = detail.file;
  const start = () => {
    form.setFieldsValue({
      address: f.address ?? '',
      causes: f.causes,
      note: f.note ?? '',
      members: detail.members.map((m) => ({
        id: m.id,
        name: m.name,
        relation: m.relation,
        idNumber: m.idMasked ?? '',
        incomeFen: m.yearlyIncomeFen,
        occupation: m.occupation ?? '',
        health: m.health ?? '',
      })),
    });
    setOpen(true);
  };
  const submit = async (v: Values) => {
    if (invalid.blocked()) return;
    setBusy(true);
    try {
      await hardshipApi.edit(f.id, {
        address: v.address?.trim() || null,
        causes: v.causes,
        note: v.note?.trim() || null,
        members: (v.members ?? []).map((m) => ({
          ...(m.id ? { id: m.id } : {}),
          name: m.name,
          relation: m.relation,
          idNumber: m.idNumber?.trim() || null,
          yearlyIncomeFen: m.incomeFen ?? 0,
          occupation: m.occupation?.trim() || null,
          health: m.health?.trim() || null,
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
      <Button onClick={start} data-testid="hardship-edit">
        {t('common.edit')}
      </Button>
      <Modal
        open={open}
        title={t('hs.edit.title')}
        width={1080}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okText={t('common.save')}
        okButtonProps={{ 'data-testid': 'hardship-edit-ok' } as never}
        destroyOnHidden
      >
        <ValidityScope fields={invalid}>
          <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="hardship-edit-form">
            <Form.Item
              name="causes"
              label={t('hs.field.causes')}
              rules={[{ required: true, message: t('hs.create.needCause') }]}
            >
              <Select
                mode="multiple"
                options={CAUSES.map((c) => ({ value: c, label: t(`hs.cause.${c}`) }))}
              />
            </Form.Item>
            <Form.Item name="address" label={t('hs.field.address')}>
              <Input maxLength={200} data-testid="hardship-edit-address" />
            </Form.Item>
            <Form.Item label={t('hs.field.members')} extra={t('hs.edit.idHint')}>
              <Form.List name="members">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={8}>
                    {fields.map((field) => (
                      <Flex key={field.key} gap={8} wrap align="start" data-testid="hardship-edit-member">
                        <Form.Item
                          name={[field.name, 'name']}
                          noStyle
                          rules={[{ required: true, message: t('hs.create.needName') }]}
                        >
                          <Input placeholder={t('hs.member.name')} style={{ width: 110 }} maxLength={50} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'relation']} noStyle>
                          <Select
                            style={{ width: 90 }}
                            options={RELATIONS.map((r) => ({ value: r, label: t(`hs.relation.${r}`) }))}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'idNumber']} noStyle>
                          <Input
                            placeholder={t('hs.member.idNumber')}
                            style={{ width: 190 }}
                            maxLength={18}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'incomeFen']} noStyle>
                          <YuanInput
                            emptyMeans={t('hs.member.income')}
                            suffix={t('hs.member.perYear')}
                            style={{ width: 190 }}
                            testId="hardship-edit-income"
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'occupation']} noStyle>
                          <Input
                            placeholder={t('hs.member.occupation')}
                            style={{ width: 110 }}
                            maxLength={100}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'health']} noStyle>
                          <Input placeholder={t('hs.member.health')} style={{ width: 140 }} maxLength={200} />
                        </Form.Item>
                        <Button
                          icon={<MinusCircleOutlined />}
                          onClick={() => remove(field.name)}
                          aria-label={t('hs.create.removeMember')}
                        />
                      </Flex>
                    ))}
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => add({ name: '', relation: 'other', incomeFen: 0 })}
                      style={{ alignSelf: 'start' }}
                    >
                      {t('hs.create.addMember')}
                    </Button>
                  </Flex>
                )}
              </Form.List>
            </Form.Item>
            <Form.Item name="note" label={t('hs.field.note')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </Form>
        </ValidityScope>
      </Modal>
    </>
  );
}
