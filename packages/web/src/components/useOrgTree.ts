import { useCallback, useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { OrgSummary } from '../api/types.ts';

/**
 * The part of the union tree loaded so far: the roots of the user's subtree, then children on demand
 * (GET /api/orgs/roots, GET /api/orgs/:id/children). Nothing below an unopened node is fetched.
 */
export function useOrgTree(onError: (err: unknown) => void) {
  const [roots, setRoots] = useState<OrgSummary[] | null>(null);
  /** Why the roots could not be loaded (then `roots` is empty but the tree is unknown, not empty). */
  const [rootsError, setRootsError] = useState<unknown>(null);
  const [children, setChildren] = useState<Record<number, OrgSummary[]>>({});
  const loaded = useRef(new Map<number, Promise<OrgSummary[]>>());
  const errorRef = useRef(onError);
  errorRef.current = onError;

  const reloadRoots = useCallback(async () => {
    try {
      setRoots(await unwrap(api.GET('/api/orgs/roots')));
      setRootsError(null);
    } catch (err) {
      setRoots([]);
      setRootsError(err);
      errorRef.current(err);
    }
  }, []);

  useEffect(() => {
    void reloadRoots();
  }, [reloadRoots]);

  /** Loads the children of `id` once (again when `force`), and returns them. */
  const loadChildren = useCallback(async (id: number, force = false): Promise<OrgSummary[]> => {
    let pending = force ? undefined : loaded.current.get(id);
    if (!pending) {
      pending = unwrap(api.GET('/api/orgs/{id}/children', { params: { path: { id } } }));
      loaded.current.set(id, pending);
      pending.then(
        (list) => setChildren((c) => ({ ...c, [id]: list })),
        (err) => {
          loaded.current.delete(id);
          errorRef.current(err);
        },
      );
    }
    return pending.catch(() => []);
  }, []);

  /** Forgets what was loaded and reloads the roots and every branch that was open. */
  const refresh = useCallback(async () => {
    const open = [...loaded.current.keys()];
    loaded.current.clear();
    await reloadRoots();
    await Promise.all(open.map((id) => loadChildren(id)));
  }, [reloadRoots, loadChildren]);

  return { roots, rootsError, children, loadChildren, refresh };
}
