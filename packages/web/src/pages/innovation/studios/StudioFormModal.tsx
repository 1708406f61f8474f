import { Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField.tsx';
import { useFeedback } from '../../../components/feedback.ts';
import { checkedValues } from '../../../components/formValues.ts';
import { OrgSelect } from '../../../components/OrgSelect.tsx';
import { type PersonOption, PersonSelect } from '../../../components/PersonSelect.tsx';
import { RequiredItem } from '../../../components/RequiredItem.tsx';
import { TextItem } from '../../../components/TextItem.tsx';
import { type StudioDetail, studiosApi } from './studios-api.ts';

interface Values {
  orgId: number | null;
  name: string;
  employer: string;
  field: string;
  industry: string;
  foundedOn: string | null;
  description: string;
  leaderPersonId: number | null;
  core: number[];
  members: number[];
}

/** Creates a studio (no `studio`) or edits one: its facts, leader and members. */
export function StudioFormModal({
  studio,
  onClose,
  onSaved,
}: {
  studio?: StudioDetail;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const known: PersonOption[] = (studio?.members ?? []).map((m) => ({ value: m.personId, label: m.name }));
  const byRole = (role: string) =>
    (studio?.members ?? []).filter((m) => m.role === role).map((m) => m.personId);

  const save = async () => {
    const v = await checkedValues(form);
    if (!v) return;
    setSaving(true);
    const members = [
      ...v.core.map((personId) => ({ personId, role: 'core' as const })),
      ...v.members
        .filter((p) => !v.core.includes(p))
        .map((personId) => ({ personId, role: 'member' as const })),
    ];
    const fields = {
      name: v.name,
      employer: v.employer?.trim() || null,
      field: v.field?.trim() || null,
      industry: v.industry?.trim() || null,
      foundedOn: v.foundedOn,
      description: v.description?.trim() ?? '',
      leaderPersonId: v.leaderPersonId,
      members,
    };
    try {
      const { id } = studio
        ? await studiosApi.edit(studio.id, fields)
        : await studiosApi.create({ ...fields, orgId: v.orgId as number });
      feedback.success(t(studio ? 'stu.form.saved' : 'stu.form.created'));
      onSaved(id);
    } catch (err) {
      feedback.error(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={t(studio ? 'stu.form.editTitle' : 'stu.form.createTitle')}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'studio-save' } as never}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          orgId: studio?.orgId ?? null,
          name: studio?.name ?? '',
          employer: studio?.employer ?? '',
          field: studio?.field ?? '',
          industry: studio?.industry ?? '',
          foundedOn: studio?.foundedOn ?? null,
          description: studio?.description ?? '',
          leaderPersonId: studio?.leaderPersonId ?? null,
          core: byRole('core'),
          members: byRole('member'),
        }}
      >
        {!studio && (
          <RequiredItem name="orgId" label={t('stu.field.org')} message={t('stu.form.orgRequired')}>
            <OrgSelect value={undefined} onChange={() => {}} testId="studio-org" />
          </RequiredItem>
        )}
        <TextItem
          name="name"
          label={t('stu.field.name')}
          max={100}
          required={t('stu.form.nameRequired')}
          testId="studio-name"
        />
        <Form.Item name="leaderPersonId" label={t('stu.field.leader')}>
          <PersonSelect value={undefined} onChange={() => {}} known={known} testId="studio-leader" />
        </Form.Item>
        <Form.Item name="core" label={t('stu.field.coreMembers')}>
          <PersonSelect value={undefined} onChange={() => {}} known={known} multiple />
        </Form.Item>
        <Form.Item name="members" label={t('stu.field.otherMembers')}>
          <PersonSelect value={undefined} onChange={() => {}} known={known} multiple />
        </Form.Item>
        <TextItem name="employer" label={t('stu.field.employer')} max={100} />
        <TextItem name="field" label={t('stu.field.field')} max={100} />
        <TextItem name="industry" label={t('stu.field.industry')} max={50} />
        <Form.Item name="foundedOn" label={t('stu.field.foundedOn')}>
          <DateField value={undefined} onChange={() => {}} allowClear />
        </Form.Item>
        <TextItem name="description" label={t('stu.field.description')} max={2000} rows={3} />
      </Form>
    </Modal>
  );
}
