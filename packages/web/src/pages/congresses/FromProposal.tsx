import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { useLoad } from '../../components/useLoad.ts';
import { congressesApi } from './congresses-api.ts';

/**
 * "来自提案 …" on a 办实事 project's page: the congress proposal it came from, asked of the congresses API (the link
 * is kept there; pledges knows nothing of congresses). Nothing shows when it came from none (404).
 */
export function FromProposal({ pledgeId }: { pledgeId: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = can('congresses.read');
  // not found: the project came from no proposal (or one the reader may not see)
  const link = useLoad(
    async () => (allowed ? congressesApi.pledgeLink(pledgeId).catch(() => null) : null),
    [pledgeId, allowed],
  );
  const p = link.data;
  if (!p) return null;
  return (
    <div data-testid="pledge-from-proposal" style={{ marginBottom: 12 }}>
      {t('cong.proposal.fromProposal')}
      <Link to={`/congresses/proposals?open=${p.id}`}>
        {p.title}
        {aside(p.sessionTitle)}
      </Link>
    </div>
  );
}
