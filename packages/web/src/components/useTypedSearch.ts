import { useEffect, useRef, useState } from 'react';
import { useFeedback } from './feedback.ts';

/**
 * A search asked of the server as one types (a person, a donor): `search(text)` asks `find` with the trimmed text
 * 250 ms after the last key, `found` holds its answer (`first` until one has come) and `searching` is true while
 * it is awaited; an answer to text typed over since is dropped, a refusal toasted. `find` answers null where
 * there is nothing to ask (no text, no union picked yet), and `found` then stays as it was.
 */
export function useTypedSearch<T>(find: (text: string) => Promise<T[]> | null, first: T[] = []) {
  const feedback = useFeedback();
  const [found, setFound] = useState<T[]>(first);
  const [searching, setSearching] = useState(false);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (text: string) => {
    clearTimeout(timer.current);
    const mine = ++seq.current;
    timer.current = setTimeout(() => {
      const asked = find(text.trim());
      if (!asked) return;
      setSearching(true);
      asked
        .then((rows) => mine === seq.current && setFound(rows))
        .catch(feedback.error)
        .finally(() => mine === seq.current && setSearching(false));
    }, 250);
  };
  return { found, searching, search };
}
