import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): Promise<void>;
  /** Replaces the data (e.g. with what a save answered) without a round trip. */
  set(data: T): void;
}

/** Runs `load` when `deps` change; the latest call wins. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);
  const run = useCallback(
    async () => {
      const mine = ++seq.current;
      setLoading(true);
      // A retry shows the spinner again, not the old error.
      setError(null);
      try {
        const value = await load();
        if (mine === seq.current) {
          setData(value);
          setError(null);
        }
      } catch (err) {
        if (mine === seq.current) setError(err);
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    },
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what `load` reads
    deps,
  );
  useEffect(() => {
    void run();
  }, [run]);
  return { data, error, loading, reload: run, set: setData };
}
