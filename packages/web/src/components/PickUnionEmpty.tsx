import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { useLoad } from './useLoad.ts';

/**
 * What a page of one union's figures shows before a union is picked: `description` (请选择工会) — or, on an
 * installation with no union yet, that there is none to pick and where the unions are created.
 */
export function PickUnionEmpty({ description, testId }: { description: string; testId?: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const roots = useLoad(() => unwrap(api.GET('/api/orgs/roots')), []);
  if (roots.data?.length !== 0) return <Empty description={description} data-testid={testId} />;
  return (
    <Empty
      data-testid={testId}
      description={
        <>
          <div>{t('common.noUnionYet')}</div>
          <div className="muted small">{t('common.noUnionYetHint')}</div>
        </>
      }
    >
      {can('org.read') && (
        <Link to="/orgs">
          <Button type="primary">{t('common.goToOrgs')}</Button>
        </Link>
      )}
    </Empty>
  );
}
