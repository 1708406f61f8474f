import { useSearchParams } from 'react-router-dom';
import { useHomeOrg } from './useHomeOrg.ts';

/**
 * A page's filters kept in the address (so a filtered page can be linked and reloaded): the current
 * parameters and `set(key, value)`, which removes the key when the value is empty and, on a paged list, goes
 * back to the first page whenever a filter other than the page changes.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  /** Sets several keys at once (a value undefined or empty removes its key). */
  const setMany = (values: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(values)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in values)) next.delete('page');
    setParams(next);
  };
  const set = (key: string, value: string | undefined) => setMany({ [key]: value });
  return [params, set, setMany] as const;
}

/**
 * A page's filters kept in the address (`useListParams`) with the union it shows among them: `orgId`, the one
 * picked, else the home union (`useHomeOrgId(home)`: none for the administrator when `home` is false); `pickUnion`
 * is its union picker's `onChange`; `unionPending` while no union is picked and the home union is still being read.
 */
export function useUnionParams(home = true) {
  const [params, set, setMany] = useListParams();
  const homeOrg = useHomeOrg(home);
  const asked = params.get('orgId');
  const orgId = asked ? Number(asked) : homeOrg.orgId;
  const pickUnion = (id: number | null) => set('orgId', id ? String(id) : undefined);
  return { params, set, setMany, orgId, pickUnion, unionPending: !asked && homeOrg.pending };
}
