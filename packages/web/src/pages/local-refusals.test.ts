import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Source check: a page's own refusal (a required choice left empty) is shown in its words. `errorMessage` and
// `feedback.error` explain the server's errors only; an `Error` made on the page reads there as a network failure
// (the return editor once answered "网络连接失败" to a missing deadline).
const src = resolve(fileURLToPath(new URL('..', import.meta.url)));
const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
  .map((f) => [f, readFileSync(join(src, f), 'utf8')] as const);

describe("a page's own refusals", () => {
  it('never reach the error toast as a thrown Error', () => {
    const found = files.flatMap(([f, body]) =>
      [...body.matchAll(/(?:feedback\.error|errorMessage)\(\s*new Error\(/g)].map(() => f),
    );
    expect(found).toEqual([]);
  });

  it('are not thrown inside a try whose catch shows the error as the server’s', () => {
    const found = files.flatMap(([f, body]) =>
      [...body.matchAll(/try \{((?:(?!\} catch)[\s\S])*?)\} catch \((\w+)\) \{([^}]*)\}/g)]
        .filter(
          ([, inTry, name, inCatch]) =>
            /throw new Error\(/.test(inTry) &&
            new RegExp(`(?:feedback\\.error|errorMessage)\\(${name}\\)`).test(inCatch),
        )
        .map(() => f),
    );
    expect(found).toEqual([]);
  });
});
