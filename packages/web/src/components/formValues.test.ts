import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { checkedValues } from './formValues.ts';

const formFailing = (err: unknown) =>
  ({ validateFields: () => Promise.reject(err) }) as unknown as FormInstance;

describe('checkedValues', () => {
  it('answers the values once the checks pass', async () => {
    const form = { validateFields: () => Promise.resolve({ name: '甲' }) } as unknown as FormInstance;
    expect(await checkedValues(form)).toEqual({ name: '甲' });
  });

  it('answers nothing, without throwing, when a field fails its checks (the field says why)', async () => {
    const failed = {
      values: {},
      errorFields: [{ name: ['name'], errors: ['名称不能为空'] }],
      outOfDate: false,
    };
    expect(await checkedValues(formFailing(failed))).toBeUndefined();
  });

  it('throws on any other failure', async () => {
    await expect(checkedValues(formFailing(new Error('boom')))).rejects.toThrow('boom');
  });
});

// Source check: a page awaiting antd's `validateFields()` itself lets its rejection escape when a field is empty
// (an unhandled error in the console); pages take the values through `checkedValues` or a FieldsDialog.
describe('pages asking a form for its values', () => {
  const pages = resolve(fileURLToPath(new URL('../pages', import.meta.url)));
  const files = (readdirSync(pages, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));

  it('go through checkedValues, never validateFields', () => {
    const raw = files
      .filter((f) => /\.validateFields\(/.test(readFileSync(join(pages, f), 'utf8')))
      .map((f) => relative(pages, join(pages, f)));
    expect(raw).toEqual([]);
  });
});
