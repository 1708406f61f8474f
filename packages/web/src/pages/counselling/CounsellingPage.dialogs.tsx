import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DialogProps, FieldsDialog } from '../../components/FormDialog.tsx';
import { requiredRule } from '../../components/form-rules.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { TextItem } from '../../components/TextItem.tsx';
import { type Counsellor, counsellingApi } from './counselling-api.ts';

/** Adds a counsellor or a trained volunteer to the register (a counsellor may be given an account to sign in with). */
export function AddCounsellorModal({
  open,
  orgId,
  onClose,
  onDone,
}: DialogProps<{ open: boolean; orgId?: number }>) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <FieldsDialog
      form={form}
      open={open}
      title={t('csl.register.addTitle')}
      onClose={onClose}
      submit={async (v) => {
        await counsellingApi.addCounsellor({
          orgId: v.orgId,
          name: v.name,
          kind: v.kind,
          qualification: v.qualification || undefined,
          ...(v.kind === 'counsellor' && v.username
            ? { account: { username: v.username, password: v.password } }
            : {}),
        });
        onDone();
        return t('csl.register.added');
      }}
      initialValues={{ kind: 'volunteer', orgId }}
    >
      <Form.Item name="orgId" label={t('csl.field.union')} rules={[requiredRule(t, t('csl.field.union'))]}>
        <OrgSelect
          value={form.getFieldValue('orgId') ?? null}
          onChange={(v) => form.setFieldValue('orgId', v)}
        />
      </Form.Item>
      <TextItem name="name" label={t('csl.field.name')} max={100} required testId="csl-name" />
      <Form.Item name="kind" label={t('csl.field.kind')}>
        <Select options={optionsOf(['volunteer', 'counsellor'] as const, (k) => t(`csl.kind.${k}`))} />
      </Form.Item>
      <TextItem name="qualification" label={t('csl.field.qualification')} max={500} />
      <Form.Item noStyle shouldUpdate>
        {() =>
          form.getFieldValue('kind') === 'counsellor' && (
            <>
              <Alert
                type="info"
                showIcon
                message={t('csl.register.accountHint')}
                style={{ marginBottom: 12 }}
              />
              <Form.Item name="username" label={t('csl.field.username')}>
                <Input maxLength={64} autoComplete="off" />
              </Form.Item>
              <Form.Item name="password" label={t('csl.field.password')}>
                <Input.Password maxLength={128} autoComplete="new-password" />
              </Form.Item>
            </>
          )
        }
      </Form.Item>
    </FieldsDialog>
  );
}

/** Records a training a counsellor or volunteer took (its hours and certificate). */
export function TrainingModal({
  counsellor,
  onClose,
  onDone,
}: DialogProps<{ counsellor: Counsellor | null }>) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <FieldsDialog
      form={form}
      open={!!counsellor}
      title={t('csl.register.trainingTitle', { name: counsellor?.name ?? '' })}
      onClose={onClose}
      submit={async (v) => {
        if (!counsellor) return undefined;
        await counsellingApi.addTraining(counsellor.id, {
          title: v.title,
          hours: v.hours,
          certificate: v.certificate || undefined,
        });
        onDone();
        return t('csl.register.trainingAdded');
      }}
    >
      <TextItem name="title" label={t('csl.field.title')} max={200} required />
      <Form.Item name="hours" label={t('csl.field.hours')} rules={[requiredRule(t, t('csl.field.hours'))]}>
        <NumberInput min={1} max={2000} />
      </Form.Item>
      <TextItem name="certificate" label={t('csl.field.certificate')} max={200} />
    </FieldsDialog>
  );
}
