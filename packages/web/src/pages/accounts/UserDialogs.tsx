import { CopyOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Space, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { Field } from '../../components/Field.tsx';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { requiredRule, requiredTextRule } from '../../components/form-rules.ts';
import { checkedValues } from '../../components/formValues.ts';
import { PHONE_INPUT_MAX, phoneDigits } from '../../components/phone.ts';
import { RoleRows, type RoleRowValue, toGrants } from './RoleRows.tsx';
import { createUser, type GrantRole, randomPassword, type UserRow } from './usersApi.ts';

const USERNAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}$/;
const PHONE_RE = /^1\d{10}$/;

interface CreateValues {
  username: string;
  displayName: string;
  phone?: string;
  password: string;
  roles: RoleRowValue[];
  mustChangePassword: boolean;
}

/** Creates an account (POST /api/users). */
export function UserCreateModal({
  open,
  onClose,
  onCreated,
  defaultOrgId,
  defaultOrgName,
}: {
  open: boolean;
  onClose(): void;
  onCreated(): void;
  /** The union the first role starts at (the list's union filter). */
  defaultOrgId?: number;
  defaultOrgName?: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const [generated, setGenerated] = useState<string | null>(null);

  return (
    <FieldsDialog
      open={open}
      title={t('acct.users.createTitle')}
      onClose={onClose}
      okText={t('common.create')}
      okTestId="user-create-ok"
      afterClose={() => setGenerated(null)}
      width={640}
      form={form}
      submit={async (v) => {
        await createUser(v, {
          phone: v.phone?.trim() ? v.phone.trim() : null,
          roles: toGrants(v.roles),
          mustChangePassword: v.mustChangePassword,
        });
        onCreated();
        return t('acct.users.created');
      }}
      initialValues={{
        mustChangePassword: true,
        roles: [{ role: 'staff', orgId: defaultOrgId, orgName: defaultOrgName }],
      }}
      onValuesChange={(changed: Partial<CreateValues>) => {
        // The generated password stays on screen only while it is the one in the field.
        if (changed.password !== undefined && changed.password !== generated) setGenerated(null);
      }}
    >
      <Space wrap size={16} style={{ display: 'flex' }}>
        <Field
          id="user-username"
          name="username"
          label={t('acct.users.username')}
          rules={[
            requiredRule(t, t('acct.users.username')),
            { pattern: USERNAME_RE, message: t('acct.users.usernameInvalid') },
          ]}
        >
          <Input autoComplete="off" autoCapitalize="off" style={{ width: 180 }} />
        </Field>
        {nameAndPhoneFields(t, 'user')}
      </Space>
      <Form.Item
        label={t('acct.users.initialPassword')}
        htmlFor="user-password"
        required
        extra={t('acct.users.passwordHint')}
      >
        <Space.Compact style={{ width: '100%', maxWidth: 420 }}>
          <Form.Item
            name="password"
            noStyle
            rules={[
              requiredRule(t, t('acct.users.initialPassword')),
              { min: 8, message: t('acct.users.passwordHint') },
            ]}
          >
            <Input.Password id="user-password" autoComplete="new-password" />
          </Form.Item>
          <Button
            icon={<ThunderboltOutlined />}
            onClick={() => {
              const p = randomPassword();
              form.setFieldValue('password', p);
              void checkedValues(form, ['password']);
              setGenerated(p);
            }}
            data-testid="user-generate"
          >
            {t('acct.users.generate')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {generated && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <span>
              {t('acct.users.generatedHint')}{' '}
              <Typography.Text code copyable data-testid="user-generated">
                {generated}
              </Typography.Text>
            </span>
          }
        />
      )}
      <Form.Item label={t('acct.users.roleList')} required>
        <RoleRows />
      </Form.Item>
      <Form.Item name="mustChangePassword" valuePropName="checked" style={{ marginBottom: 0 }}>
        <Checkbox id="user-must-change">{t('acct.users.mustChangeOnFirst')}</Checkbox>
      </Form.Item>
    </FieldsDialog>
  );
}

interface EditValues {
  displayName: string;
  phone?: string | null;
  roles?: RoleRowValue[];
}

/** Edits name, phone and (not for oneself) the union roles (PATCH /api/users/:id). */
export function UserEditModal({
  user,
  onClose,
  onSaved,
}: {
  user: UserRow | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [form] = Form.useForm<EditValues>();
  const self = user?.id === me?.userId;
  const workerRole = user?.roles.some((r) => r.role === 'worker');

  return (
    <FieldsDialog
      open={user !== null}
      title={user ? t('acct.users.editTitle', { name: user.displayName }) : ''}
      onClose={onClose}
      okText={t('common.save')}
      okTestId="user-edit-ok"
      width={640}
      form={form}
      initialValues={
        user
          ? {
              displayName: user.displayName,
              phone: user.phone ?? '',
              roles: user.roles
                .filter((r) => r.role !== 'worker')
                .map((r) => ({ role: r.role as GrantRole, orgId: r.orgId, orgName: r.orgName })),
            }
          : undefined
      }
      submit={async (v) => {
        if (!user) return undefined;
        await unwrap(
          api.PATCH('/api/users/{id}', {
            params: { path: { id: user.id } },
            body: {
              displayName: v.displayName.trim(),
              phone: v.phone?.trim() ? v.phone.trim() : null,
              ...(self || !v.roles ? {} : { roles: toGrants(v.roles) }),
            },
          }),
        );
        onSaved();
        return t('acct.users.saved');
      }}
    >
      {user && (
        <>
          <Space wrap size={16} style={{ display: 'flex' }}>
            <Field id="user-username" label={t('acct.users.username')}>
              <Input value={user.username} disabled style={{ width: 180 }} />
            </Field>
            {nameAndPhoneFields(t, 'edit')}
          </Space>
          {!self && (
            <Form.Item
              label={t('acct.users.roleList')}
              required
              extra={workerRole ? t('role.worker') : undefined}
            >
              <RoleRows />
            </Form.Item>
          )}
        </>
      )}
    </FieldsDialog>
  );
}

/** Shows a temporary password once, with a copy button and the warning that it will not be shown again. */
export function TempPasswordModal({
  shown,
  onClose,
}: {
  shown: { name: string; password: string } | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Modal
      open={shown !== null}
      title={shown ? `${t('acct.users.tempTitle')} · ${shown.name}` : ''}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="temp-close">
          {t('common.close')}
        </Button>
      }
      maskClosable={false}
      destroyOnHidden
    >
      {shown && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title={t('acct.users.tempWarning')} />
          <Space.Compact style={{ width: '100%' }}>
            <Input value={shown.password} readOnly className="mono" data-testid="temp-password" />
            <Button
              icon={<CopyOutlined />}
              onClick={() =>
                navigator.clipboard
                  .writeText(shown.password)
                  .then(() => message.success(t('acct.users.copied')))
                  .catch(() => message.warning(t('acct.users.copyFailed')))
              }
            >
              {t('acct.users.copy')}
            </Button>
          </Space.Compact>
        </Space>
      )}
    </Modal>
  );
}

/** The name and phone fields the create and edit dialogs share; `idPrefix` keeps their element ids apart. */
function nameAndPhoneFields(t: TFunction, idPrefix: string) {
  return (
    <>
      <Field
        name="displayName"
        label={t('acct.users.displayName')}
        id={`${idPrefix}-name`}
        rules={[requiredTextRule(t, t('acct.users.displayName'))]}
      >
        <Input maxLength={50} style={{ width: 160 }} />
      </Field>
      <Field
        name="phone"
        label={t('acct.users.phone')}
        id={`${idPrefix}-phone`}
        rules={[{ pattern: PHONE_RE, message: t('acct.users.phoneInvalid') }]}
        normalize={phoneDigits}
      >
        <Input maxLength={PHONE_INPUT_MAX} style={{ width: 160 }} />
      </Field>
    </>
  );
}
