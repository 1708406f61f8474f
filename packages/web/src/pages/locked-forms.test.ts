import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, TSX_FILES } from './tsx-sources.ts';

// Source checks: a button locked until "the required fields (marked *)" are filled says so in its title
// (`lockedUntilFilled`), so the form must show a * somewhere, in the file or in a field component it renders.
const text = new Map(TSX_FILES.map((f) => [f, readFileSync(f, 'utf8')]));

/** The local .tsx components a file imports. */
const imports = (file: string) =>
  [...(text.get(file) ?? '').matchAll(/from '(\.[^']+\.tsx)'/g)].map(([, spec]) =>
    resolve(dirname(file), spec),
  );

/**
 * A form item marked required: `required` on a Form.Item or a `Field`, a rule `{ required: true }`, or a
 * `RequiredItem` or `RequiredField` (components/RequiredItem.tsx), which always is.
 */
const marks = (body: string) =>
  /<(Form\.Item|Field)\b[^>]*\brequired\b/.test(body) ||
  /\brequired:\s*true\b/.test(body) ||
  /<Required(Item|Field)\b/.test(body);

describe('buttons locked until the required fields are filled', () => {
  const locking = TSX_FILES.filter((f) => /lockedUntilFilled\(t,/.test(text.get(f) ?? ''));

  it('are found where they are used', () => {
    expect(locking.length).toBeGreaterThan(5);
  });

  it('sit in forms that mark their required fields with *', () => {
    const unmarked = locking
      .filter((f) => !marks(text.get(f) ?? '') && !imports(f).some((i) => marks(text.get(i) ?? '')))
      .map((f) => relative(SRC, f));
    expect(unmarked).toEqual([]);
  });
});
