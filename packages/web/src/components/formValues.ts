import type { FormInstance } from 'antd';

/** What an antd form throws when its own checks fail: the fields show why, so no toast says it again. */
export const isFieldErrors = (err: unknown) =>
  typeof err === 'object' && err !== null && 'errorFields' in err;

/**
 * The form's values once its own checks pass (of the fields `names`, or all), or undefined when they fail: the
 * fields then show why, and nothing is thrown for the page to lose (antd's `validateFields` rejects). Any other
 * failure is thrown on.
 */
export async function checkedValues<V>(form: FormInstance<V>, names?: string[]): Promise<V | undefined> {
  try {
    return await (names ? form.validateFields(names) : form.validateFields());
  } catch (err) {
    if (isFieldErrors(err)) return undefined;
    throw err;
  }
}
