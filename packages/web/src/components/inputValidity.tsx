import { createContext, useContext, useEffect, useId, useMemo, useState } from 'react';

/** Where inputs that parse what is typed (amounts, counts) report that their text is not a value. */
export interface ValidityRegistry {
  set(id: string, message: string | null): void;
}

export const ValidityContext = createContext<ValidityRegistry | null>(null);

/** How many times a save was refused for invalid fields: inputs flag an untouched problem from then on. */
export const SaveAttemptsContext = createContext(0);

/**
 * For a form whose save must wait until every typed amount and count reads as a value: provide
 * `registry` through `ValidityContext` around the inputs; `messages` lists what is wrong now.
 */
export function useInvalidFields(): {
  registry: ValidityRegistry;
  messages: string[];
  /** Refused saves so far (provide through `SaveAttemptsContext`), and the call that counts one. */
  attempts: number;
  refused: () => void;
} {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempts, setAttempts] = useState(0);
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
  return {
    registry,
    messages: Object.values(errors),
    attempts,
    refused: () => setAttempts((n) => n + 1),
  };
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
