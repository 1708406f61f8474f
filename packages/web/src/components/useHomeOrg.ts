import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';

/**
 * The union a page opens on: the user's own, or for the platform's administrator (who belongs to no union) the
 * top union of the tree, so that statistics and registers show figures at once instead of asking for a union.
 * With `enabled` false the administrator gets none: a page whose figures then cover the whole tree.
 */
export function useHomeOrgId(enabled = true): number | undefined {
  return useHomeOrg(enabled).orgId;
}

/**
 * The home union (`useHomeOrgId`) and whether it is still being read: `pending` while the administrator's top union
 * has not come yet, so a page shows its spinner then rather than asking for a union (请选择工会) for a moment.
 */
export function useHomeOrg(enabled = true): { orgId: number | undefined; pending: boolean } {
  const { me } = useSession();
  const [top, setTop] = useState<number>();
  const [settled, setSettled] = useState(false);
  const needsTop = enabled && !!me && me.orgId == null;
  useEffect(() => {
    if (!needsTop) return;
    let live = true;
    unwrap(api.GET('/api/orgs/roots'))
      .then((roots) => {
        if (live && roots.length) setTop(roots[0].id);
      })
      // without the tree the page still offers its union picker
      .catch(() => undefined)
      .finally(() => {
        if (live) setSettled(true);
      });
    return () => {
      live = false;
    };
  }, [needsTop]);
  return { orgId: me?.orgId ?? top, pending: homeUnionPending(needsTop, top, settled) };
}

/** Whether the home union is still unknown: the administrator's top union asked and neither come nor refused. */
export const homeUnionPending = (needsTop: boolean, top: number | undefined, settled: boolean) =>
  needsTop && top === undefined && !settled;

/**
 * The union a statistics page counts when its figures may also cover the whole platform (programs, contests,
 * selections): the one in the address, else the user's own; undefined for the administrator who chose none, whose
 * figures then cover the whole tree. `placeholder` says so in the union picker rather than asking for a union.
 */
export function useStatsUnion(asked: string | null): { orgId: number | undefined; placeholder: string } {
  const { me } = useSession();
  const { t } = useTranslation();
  const orgId = asked ? Number(asked) : (me?.orgId ?? undefined);
  return { orgId, placeholder: t(me?.orgId == null ? 'period.wholeTree' : 'prog.pickUnion') };
}
