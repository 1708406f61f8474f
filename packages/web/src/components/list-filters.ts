import type { ReactNode } from 'react';
import { optionsOf } from './options.ts';

/** A filter of a register's list, kept in the address under `param`. */
export type ListFilter =
  /** One of a few views side by side (全部 / 有效 / 已过期 …); `all` is the view without the parameter. */
  | {
      kind: 'views';
      param: string;
      all: string;
      options: { value: string; label: string }[];
      testId?: string;
    }
  /**
   * One value of a list (a kind, a level), cleared to mean every one; or, with `all`, a list whose option `all`
   * means every one (not cleared), starting at `initial` (待处理) when the address has none.
   */
  | {
      kind: 'select';
      param: string;
      placeholder?: string;
      options: { value: string; label: string }[];
      all?: string;
      initial?: string;
      width?: number | string;
      testId?: string;
      /** Typing narrows the options (by their label). */
      showSearch?: boolean;
      /** The options are still on the way; `notFound` is what stands for none (or why they did not come). */
      loading?: boolean;
      notFound?: ReactNode;
    }
  /**
   * Tabs over the list, above the other filters (待我审批 / 全部): the tab `initial` is the one shown without the
   * parameter, and the list is always asked for one tab.
   */
  | {
      kind: 'tabs';
      param: string;
      initial: string;
      options: { value: string; label: string }[];
      testId?: string;
    }
  /** A box ticked to narrow the list to what it says (未年检), kept as `1`. */
  | { kind: 'check'; param: string; label: string; testId?: string }
  /** A switch, on until turned off (只看待我审核), kept as `0` when off; it reads `1` on and not set off. */
  | { kind: 'switch'; param: string; label: string; testId?: string }
  /**
   * A union of my subtree picked to narrow the list to it (its id), cleared to mean every one; `tree` browses the
   * subtree (a list of people), `placeholder` says what none means, `id` names the picker.
   */
  | {
      kind: 'org';
      param: string;
      tree?: boolean;
      placeholder?: string;
      width?: number;
      id?: string;
      testId?: string;
    }
  /** A tag ticked on the flags' line below the filters (女职工), kept as `1`; several narrow the list together. */
  | { kind: 'tag'; param: string; label: string; testId?: string }
  /** A button pressed to narrow the list to what it says (只看超期), kept as `1`; pressed, it stands out in red. */
  | { kind: 'toggle'; param: string; label: string; testId?: string }
  /** A year typed (2025), between `min` and `max`. */
  | {
      kind: 'year';
      param: string;
      placeholder: string;
      min: number;
      max: number;
      width?: number | string;
      testId?: string;
    }
  /** Words searched for (a name, a title), at most `maxLength` of them. */
  | {
      kind: 'search';
      param: string;
      placeholder: string;
      width?: number | string;
      maxLength?: number;
      testId?: string;
    };

/**
 * Each filter's value as the list asks for it, read from the address: undefined when not set, a view or a list
 * at its `all` is not set, a list or tabs with an `initial` value start at it, a switch is `1` unless turned off,
 * words are trimmed.
 */
export function filterValues(
  filters: ListFilter[],
  params: URLSearchParams,
): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const f of filters) {
    if (f.kind === 'switch') {
      values[f.param] = params.get(f.param) === '0' ? undefined : '1';
      continue;
    }
    const v = addressValue(f, params) ?? (f.kind === 'select' || f.kind === 'tabs' ? f.initial : undefined);
    values[f.param] =
      (f.kind === 'views' || f.kind === 'select') && v === f.all ? undefined : v?.trim() || undefined;
  }
  return values;
}

/**
 * The filter's value in the address; for a choice of fixed values (views, a list, tabs), none where the address
 * holds a value that is not one of them (a link from before a value was renamed, an address edited by hand): the
 * list is read as if it were not set, and the control shows its words, not the address's code.
 */
export function addressValue(f: ListFilter, params: URLSearchParams): string | undefined {
  const v = params.get(f.param) ?? undefined;
  if (v === undefined || !(f.kind === 'views' || f.kind === 'select' || f.kind === 'tabs')) return v;
  // a list whose options are still on the way (or not given) keeps the address's value
  if ((f.kind === 'select' && f.loading) || f.options.length === 0) return v;
  return f.options.some((o) => o.value === v) ? v : undefined;
}

/** What else a `selectFilter` may say: what none means, its width, its test id, the value it starts at. */
type SelectMore = { placeholder?: string; width?: number | string; testId?: string; initial?: string };

/**
 * A list of fixed values (a kind, a level, a status), cleared to mean every one: one option a value of `values`,
 * labelled by `labelOf` (the dictionary's words for it).
 */
export function selectFilter<V extends string>(
  param: string,
  values: readonly V[],
  labelOf: (value: V) => string,
  more?: SelectMore,
): ListFilter {
  return { kind: 'select', param, options: optionsOf(values, labelOf), ...more };
}

/**
 * A list whose first option (`every`: 全部类别) means every one and stays out of the address, then one option a
 * value of `values`, labelled by `labelOf`; it starts at `initial` (待处理) where given.
 */
export function choiceFilter<V extends string>(
  param: string,
  values: readonly V[],
  labelOf: (value: V) => string,
  o: { every: string; initial?: string; width?: number | string; testId?: string },
): ListFilter {
  return {
    kind: 'select',
    param,
    all: 'all',
    initial: o.initial,
    width: o.width,
    options: [{ value: 'all', label: o.every }, ...optionsOf(values, labelOf)],
    testId: o.testId,
  };
}

/**
 * Views side by side whose first (`every`: 全部) is the list without the parameter, then one view a value of
 * `values` (an `all` among them is the first), labelled by `labelOf`.
 */
export function viewsFilter<V extends string>(
  param: string,
  values: readonly V[],
  labelOf: (value: V) => string,
  o: { every: string; testId?: string },
): ListFilter {
  return {
    kind: 'views',
    param,
    all: 'all',
    options: [
      { value: 'all', label: o.every },
      ...values.filter((v) => v !== 'all').map((v) => ({ value: v, label: labelOf(v) })),
    ],
    testId: o.testId,
  };
}
