import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web app's source folder (`packages/web/src`), for the tests that read the pages' sources. */
export const SRC = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Every .ts and .tsx file below it, by its full path: what the source tests read. */
export const SOURCE_FILES = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => join(SRC, f));

/** The .tsx files among them: what the source tests of forms and pages read. */
export const TSX_FILES = SOURCE_FILES.filter((f) => f.endsWith('.tsx'));
