import { useSearchParams } from 'react-router-dom';

/**
 * A page's filters kept in the address (so a filtered page can be linked and reloaded): the current
 * parameters and `set(key, value)`, which removes the key when the value is empty and, on a paged list, goes
 * back to the first page whenever a filter other than the page changes.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  return [params, set] as const;
}
