import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/client.ts';

/** The server's name of a field → the form's, where they differ (`{ password: 'newPassword' }`). */
export type FieldNames = Readonly<Record<string, string>>;

/** A field of the form: a name, or the path of a field inside a list (`['goods', 0, 'quantity']`). */
export type RefusedField = string | (string | number)[];

/**
 * The field of the form (`fields`, the names of its mounted fields) a refused request names: the server's
 * `details.field` (a password too weak names `password`, a login name taken `username`), as the form calls it; a
 * field inside a list (`goods.0.quantity`, the first line's quantity) as its path, when the form has the list.
 * Undefined when the refusal names no field, or one the form does not show.
 */
export function refusedField(
  err: unknown,
  fields: readonly string[],
  names: FieldNames = {},
): RefusedField | undefined {
  if (!(err instanceof ApiError)) return undefined;
  const named = (err.details as { field?: unknown } | null | undefined)?.field;
  if (typeof named !== 'string') return undefined;
  const field = names[named] ?? named;
  if (fields.includes(field)) return field;
  const [head, ...rest] = field.split('.');
  if (!rest.length || !fields.includes(head)) return undefined;
  return [head, ...rest.map((part) => (/^\d+$/.test(part) ? Number(part) : part))];
}

/**
 * Puts a refused request's message under the form's field it names (antd `setFields`; it goes when the field is
 * typed in again) and answers true; false when the refusal names none of the form's fields (nor a line of a list
 * the form holds), for the form to say it its own way (a toast, the alert at its top).
 */
export function showAtField(form: FormInstance, err: unknown, names?: FieldNames): boolean {
  const field = refusedField(err, Object.keys(form.getFieldsValue()), names);
  if (!field) return false;
  // a line of a list the form no longer holds (removed since) has no field to show it under
  if (Array.isArray(field) && form.getFieldValue(field.slice(0, -1)) === undefined) return false;
  form.setFields([{ name: field, errors: [errorMessage(err)] }]);
  return true;
}
