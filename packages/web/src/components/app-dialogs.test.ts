import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_FILES, SRC } from '../pages/tsx-sources.ts';

// Source check: a dialog or a toast is the app's own (`App.useApp()`), never antd's static `Modal.confirm` or
// `message.*`, which stand outside the app's ConfigProvider: they would show in antd's blue rather than the house's
// red, in the default language, and zoom open even where the user asked for reduced motion — a leave dialog that
// still covered the page seconds after 留在本页 was clicked.
const files = SOURCE_FILES.filter((f) => !f.endsWith('.test.ts')).map(
  (f) => [relative(SRC, f), readFileSync(f, 'utf8')] as const,
);

describe("the app's dialogs and toasts", () => {
  it('are opened through App.useApp(), not through static antd functions', () => {
    const found = files.flatMap(([f, body]) =>
      [...body.matchAll(/\b(?:Modal\.(?:confirm|info|success|error|warning)|notification\.\w+)\(/g)].map(
        (m) => `${f}: ${m[0]}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('never import the static message or notification', () => {
    const found = files.filter(([, body]) =>
      /import \{[^}]*\b(?:message|notification)\b[^}]*\} from 'antd'/.test(body),
    );
    expect(found.map(([f]) => f)).toEqual([]);
  });
});
