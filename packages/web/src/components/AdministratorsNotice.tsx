import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { useLoad } from './useLoad.ts';

/**
 * For the system administrator, until the security and audit administrators exist (三员分立): a notice with the
 * way to name them. Nothing for anyone else, nor once both exist.
 */
export function AdministratorsNotice() {
  const { can } = useSession();
  const allowed = can('users.manage_all');
  const { t } = useTranslation();
  const missing = useLoad(
    async () => (allowed ? unwrap(api.GET('/api/setup/administrators')) : { missing: [] }),
    [allowed],
  );
  const roles = missing.data?.missing ?? [];
  if (!roles.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="administrators-notice"
      title={t('acct.admins.notice', { roles: roles.map((r) => t(`role.${r}`)).join(t('acct.admins.and')) })}
      action={
        <Link to="/users/administrators">
          <Button size="small" type="primary">
            {t('acct.admins.name')}
          </Button>
        </Link>
      }
    />
  );
}
