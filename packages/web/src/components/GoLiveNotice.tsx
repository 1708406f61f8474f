import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client.ts';
import type { Answer } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { useLoad } from './useLoad.ts';

export type GoLiveChecklist = Answer<'/api/golive'>;
/** The go-live checklist of the signed-in manager's subtree (GET /api/golive). */
export const loadGoLive = () => unwrap(api.GET('/api/golive'));

/** On the to-do page of those who manage accounts, until the go-live checklist is done: how far it is, and a link. */
export function GoLiveNotice() {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = can('users.manage');
  const { data } = useLoad(() => (allowed ? loadGoLive() : Promise.resolve(null)), [allowed]);
  if (!data || data.done === data.required) return null;
  // the registers of the past are optional: the next step is one the federation needs to go live
  const next = data.steps.find((s) => !s.optional && s.state !== 'done');
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="golive-notice"
      message={t('golive.notice', { done: data.done, total: data.required })}
      action={
        <Link to="/go-live">
          <Button size="small">{t('golive.title')}</Button>
        </Link>
      }
      description={next ? t('golive.next', { step: t(`golive.step.${next.key}`) }) : undefined}
    />
  );
}
