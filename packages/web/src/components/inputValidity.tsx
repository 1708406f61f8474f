import { createContext, useContext, useEffect, useId, useMemo, useState } from 'react';

/** Where inputs that parse what is typed (amounts, counts) report that their text is not a value. */
export interface ValidityRegistry {
  set(id: string, message: string | null): void;
}

export const ValidityContext = createContext<ValidityRegistry | null>(null);

/**
 * For a form whose save must wait until every typed amount and count reads as a value: provide
 * `registry` through `ValidityContext` around the inputs; `messages` lists what is wrong now.
 */
export function useInvalidFields(): { registry: ValidityRegistry; messages: string[] } {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const registry = useMemo<ValidityRegistry>(
    () => ({
      set: (id, message) =>
        setErrors((prev) => {
          if ((prev[id] ?? null) === message) return prev;
          const next = { ...prev };
          if (message) next[id] = message;
          else delete next[id];
          return next;
        }),
    }),
    [],
  );
  return { registry, messages: Object.values(errors) };
}

/** An input reports its current problem (null when its text is a value); cleared when it goes away. */
export function useReportInvalid(message: string | null): void {
  const registry = useContext(ValidityContext);
  const id = useId();
  useEffect(() => {
    registry?.set(id, message);
  }, [registry, id, message]);
  useEffect(() => () => registry?.set(id, null), [registry, id]);
}
