import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';

/**
 * The union a page opens on: the user's own, or for the platform's administrator (who belongs to no union) the
 * top union of the tree, so that statistics and registers show figures at once instead of asking for a union.
 */
export function useHomeOrgId(): number | undefined {
  const { me } = useSession();
  const [top, setTop] = useState<number>();
  const needsTop = !!me && me.orgId == null;
  useEffect(() => {
    if (!needsTop) return;
    let live = true;
    unwrap(api.GET('/api/orgs/roots'))
      .then((roots) => {
        if (live && roots.length) setTop(roots[0].id);
      })
      // without the tree the page still offers its union picker
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [needsTop]);
  return me?.orgId ?? top;
}
