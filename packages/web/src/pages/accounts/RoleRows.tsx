import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ADMIN_ROLES } from '../../../../server/src/access/role-list.ts';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { useLoad } from '../../components/useLoad.ts';
import type { Grant, GrantRole } from './usersApi.ts';

export interface RoleRowValue {
  role?: GrantRole;
  orgId?: number | null;
  /** The union's name, to show before the picker has loaded it. */
  orgName?: string | null;
}

/**
 * The roles a user may grant: union roles; with users.manage_all the system administrator, and the security and
 * audit administrators while no account has held the role (the first run; then the operator's, on the command line — ADR 148).
 */
function useGrantableRoles(): GrantRole[] {
  const { can } = useSession();
  const all = can('users.manage_all');
  const missing = useLoad(
    async (): Promise<string[]> => (all ? (await unwrap(api.GET('/api/setup/administrators'))).missing : []),
    [all],
  );
  const admins = ADMIN_ROLES.filter((r) => r === 'admin' || missing.data?.includes(r));
  return all ? ['manager', 'staff', 'reviewer', ...admins] : ['manager', 'staff', 'reviewer'];
}

const isAdmin = (role: string | undefined) => (ADMIN_ROLES as readonly (string | undefined)[]).includes(role);

/** The list of (role, union) pairs of an account, as a Form.List under `roles`. */
export function RoleRows() {
  const { t } = useTranslation();
  const grantable = useGrantableRoles();
  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_, value: RoleRowValue[] | undefined) => {
            if (!value?.length) throw new Error(t('acct.users.atLeastOneRole'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="role-rows">
          {fields.map((field, i) => (
            <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
              <Form.Item
                name={[field.name, 'role']}
                rules={[{ required: true, message: t('acct.users.pickRole') }]}
                style={{ marginBottom: 8 }}
              >
                <Select
                  style={{ width: 150 }}
                  placeholder={t('acct.users.role')}
                  options={optionsOf(grantable, (r) => t(`role.${r}`))}
                  data-testid={`role-select-${i}`}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const row = getFieldValue(['roles', field.name]) as RoleRowValue | undefined;
                  if (isAdmin(row?.role)) {
                    return (
                      <div className="muted" style={{ lineHeight: '32px', width: 300 }}>
                        {t('acct.me.platform')}
                      </div>
                    );
                  }
                  return (
                    <Form.Item
                      name={[field.name, 'orgId']}
                      rules={[{ required: true, message: t('acct.users.pickUnion') }]}
                      style={{ marginBottom: 8 }}
                    >
                      <OrgSelect
                        tree
                        openOnly
                        valueLabel={row?.orgName ?? undefined}
                        id={`role-org-${i}`}
                        placeholder={t('acct.users.pickUnion')}
                        style={{ width: 300 }}
                      />
                    </Form.Item>
                  );
                }}
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
                aria-label={t('acct.users.removeRole')}
                disabled={fields.length === 1}
              />
            </Space>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ role: 'staff' })}
            data-testid="role-add"
          >
            {t('acct.users.addRole')}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}

export const toGrants = (rows: RoleRowValue[]): Grant[] =>
  rows.map((r) => ({ role: r.role as GrantRole, orgId: isAdmin(r.role) ? null : (r.orgId ?? null) }));
