import { readdirSync } from 'node:fs';
import type { CaseFile } from './types.ts';

/**
 * The route-table cases each module keeps in its own folder (ADR 92): every `src/modules/<m>/*.scope-cases.ts`, by
 * its path under modules/, in the order of their paths. A new module's file is found, never listed.
 */
const modulesDir = new URL('../../src/modules/', import.meta.url);

export const CASE_FILES: { name: string; file: CaseFile }[] = await Promise.all(
  readdirSync(modulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(new URL(`${d.name}/`, modulesDir))
        .filter((n) => n.endsWith('.scope-cases.ts'))
        .map((n) => `${d.name}/${n}`),
    )
    .sort()
    .map(async (name) => ({ name, file: (await import(new URL(name, modulesDir).href)) as CaseFile })),
);
