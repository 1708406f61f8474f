import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatFen } from './format.ts';
import { type RegisterAnswer, RegisterImport } from './RegisterImport.tsx';

/** The fields of an answer that hold a number. */
type CountField<A> = { [K in keyof A]: A[K] extends number ? K : never }[keyof A] & string;

/** A register's import panel as declared (`importPanel`). */
export interface ImportPanelSpec<A extends RegisterAnswer = RegisterAnswer> {
  /** The dictionary key of the register's name, as the dialog says it in "将新增 N 条<what>记录". */
  what: string;
  templateUrl: string;
  send: (file: File, dryRun: boolean) => Promise<A>;
  /** Each figure by the dictionary key of its label. */
  figures: Record<string, CountField<A> | ((a: A) => number | string)>;
  /** Notes on what an import did that the clerk must act on, in the page's language. */
  after?: (a: A, t: TFunction, language: string) => string[];
  /**
   * Notes a clean check (预检) shows above the import button: what the import will do beyond its counts that the
   * clerk must see before choosing it (the holiday calendar's days a sheet of the year removes).
   */
  checked?: (a: A, t: TFunction, language: string) => string[];
}

/**
 * A register's import panel in one declaration (a page folder's `panels.tsx`): the template, 预检, the import, then
 * the register's own figures. Names are dictionary keys; a figure is the answer's field of that name (money, a field
 * ending in `Fen`, shown in yuan) or, where it is not one field, a function of the answer. Typed by the register's
 * answer here; `ImportPanel` shows it.
 */
export const importPanel = <A extends RegisterAnswer>(spec: ImportPanelSpec<A>) =>
  spec as unknown as ImportPanelSpec;

/**
 * A page folder's `panels.tsx`: its registers' import panels by register key (ADR 89) — what the list's 导入 dialog
 * and 数据导入 show for the register, its figures among them. A register without one gets the generic panel.
 */
export type RegisterPanelsOf = Record<string, ImportPanelSpec>;

/** A declared import panel, shown. */
export function ImportPanel({ spec }: { spec: ImportPanelSpec }) {
  const { t, i18n } = useTranslation();
  const { what, templateUrl, send, figures, after, checked } = spec;
  return (
    <RegisterImport
      what={t(what)}
      templateUrl={templateUrl}
      send={send}
      figures={(a) =>
        Object.entries(figures).map(([label, of]) => ({
          label: t(label),
          value: typeof of === 'function' ? of(a) : figureOf(of, a[of as keyof RegisterAnswer] as number),
        }))
      }
      after={after && ((a) => after(a, t, i18n.language))}
      checked={checked && ((a) => checked(a, t, i18n.language))}
    />
  );
}

const figureOf = (field: string, n: number) => (field.endsWith('Fen') ? formatFen(n) : n);
