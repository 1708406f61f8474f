import { Col, type ColProps, Form, type FormItemProps } from 'antd';
import { cloneElement, type ReactElement, useState } from 'react';

/** What a `Field` is declared with: antd's `Form.Item` but its `htmlFor`, which the field's `id` says. */
export type FieldProps = Omit<FormItemProps, 'htmlFor' | 'children'> & {
  /** The control's id, which the label names (`for`): a test handle, and what a screen reader reads it by. */
  id: string;
  /** The one control the label names; the field gives it `id`, so it must take one (and not say its own). */
  children: ReactElement<{ id?: string }>;
  /** The grid column the field stands in, within a `Row`: `Col`'s span, or its props (`{ xs: 24, md: 12 }`). */
  col?: number | ColProps;
};

/**
 * A form's field stated once: its label (with `extra`, `tooltip`, `required`, a problem's `validateStatus` and
 * `help`, and `name` and `rules` in an antd form — everything `Form.Item` takes) over its one control, which the
 * label names: the field gives the control `id` and the label `for` that id, so neither is written twice (a label
 * naming another id, or none, focuses nothing when clicked and leaves the control unnamed). With `col` it stands in
 * a grid column of that span.
 */
export function Field({ id, col, children, ...item }: FieldProps) {
  const field = (
    <Form.Item htmlFor={id} {...item}>
      {cloneElement(children, { id })}
    </Form.Item>
  );
  if (col === undefined) return field;
  return <Col {...(typeof col === 'number' ? { span: col } : col)}>{field}</Col>;
}

/**
 * The fields a form held in the page's state requires, each `true` while it is missing (`{ orgId: orgId === null,
 * title: !title.trim() }`). Nothing is marked until the form is sent: `check()`, at the top of its save, marks it
 * tried and answers whether every required field is filled; from then on `problem(field, help)` is what a missing
 * field's `Field` says (`validateStatus` and `help`), and nothing for a filled one.
 */
export function useRequired<K extends string>(missing: Record<K, boolean>) {
  const [tried, setTried] = useState(false);
  return {
    check: () => {
      setTried(true);
      return !Object.values(missing).some(Boolean);
    },
    problem: (field: K, help: string) =>
      tried && missing[field] ? { validateStatus: 'error' as const, help } : {},
  };
}
