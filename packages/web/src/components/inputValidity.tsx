import { App } from 'antd';
import { createContext, type ReactNode, useContext, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Where inputs that parse what is typed (amounts, counts) report that their text is not a value. */
export interface ValidityRegistry {
  set(id: string, message: string | null): void;
}

export const ValidityContext = createContext<ValidityRegistry | null>(null);

/** How many times a save was refused for invalid fields: inputs flag an untouched problem from then on. */
export const SaveAttemptsContext = createContext(0);

export interface InvalidFields {
  registry: ValidityRegistry;
  messages: string[];
  /** Refused saves so far (provide through `SaveAttemptsContext`), and the call that counts one. */
  attempts: number;
  refused: () => void;
  /**
   * The guard at the top of a save: when a field's text is not a value, counts a refused save, says so
   * and returns true (the save stops); otherwise false.
   */
  blocked: () => boolean;
}

/**
 * For a form whose save must wait until every typed amount and count reads as a value: wrap the inputs
 * in `<ValidityScope fields={…}>` and start the save with `if (fields.blocked()) return;`.
 */
export function useInvalidFields(): InvalidFields {
  const { t } = useTranslation();
  const { message } = App.useApp();
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
  const messages = Object.values(errors);
  const refused = () => setAttempts((n) => n + 1);
  return {
    registry,
    messages,
    attempts,
    refused,
    blocked: () => {
      if (!messages.length) return false;
      refused();
      // not counted: a dialog's form shows its own problems (a required field left empty) beside these
      message.warning(t('input.fixFields'));
      return true;
    },
  };
}

/** Provides a form's `useInvalidFields()` to the inputs inside it. */
export function ValidityScope({ fields, children }: { fields: InvalidFields; children: ReactNode }) {
  return (
    <ValidityContext.Provider value={fields.registry}>
      <SaveAttemptsContext.Provider value={fields.attempts}>{children}</SaveAttemptsContext.Provider>
    </ValidityContext.Provider>
  );
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
